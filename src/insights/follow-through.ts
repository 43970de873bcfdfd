import { STEP } from "../exercises/conventions.js";
import type { FollowThrough, Share } from "./model.js";
import type { JournalView } from "./journal-view.js";
import type { Dated } from "../journal/dated.js";
import { share } from "./stats.js";

/**
 * Follow-through in the period and the one before: the preps that got a debrief (a debrief of
 * any day up to `until` that links to them) and the debriefs in which feedback was asked (out of
 * those that answered the question).
 */
export function followThrough(view: JournalView): FollowThrough {
  const measure = (list: readonly Dated[]): { debriefed: Share; feedback: Share } => {
    let preps = 0;
    let debriefed = 0;
    let answered = 0;
    let asked = 0;
    for (const d of list) {
      if (d.entry.kind === "prep") {
        preps++;
        if (view.debriefed.has(d.entry.id)) debriefed++;
      } else if (d.entry.kind === "debrief") {
        const a = d.answer(STEP.askedFeedback);
        if (typeof a !== "boolean") continue;
        answered++;
        if (a) asked++;
      }
    }
    return { debriefed: share(debriefed, preps), feedback: share(asked, answered) };
  };

  return { ...measure(view.current), previous: measure(view.previous) };
}
