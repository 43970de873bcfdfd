import { STEP } from "../exercises/conventions.js";
import type { JournalView } from "./journal-view.js";
import type { Dated } from "../journal/dated.js";
import type { IntentionCounts, Intentions } from "./model.js";

function countIn(list: readonly Dated[]): IntentionCounts {
  const c: IntentionCounts = { n: 0, yes: 0, partly: 0, no: 0 };
  for (const d of list) {
    if (d.entry.kind !== "daily") continue;
    const v = d.answer(STEP.intentionKept);
    // Only the three answers the daily offers; anything else (a hand edit) is not counted.
    if (v !== "yes" && v !== "partly" && v !== "no") continue;
    c[v]++;
    c.n++;
  }
  return c;
}

/** How often yesterday's intention was kept, by the daily's yes / partly / no, in both periods. */
export function intentions(view: JournalView): Intentions {
  return { ...countIn(view.current), previous: countIn(view.previous) };
}
