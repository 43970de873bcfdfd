import { STEP } from "../exercises/conventions.js";
import type { Moment, Moments } from "./model.js";
import { textOf, type JournalView } from "./journal-view.js";
import type { Dated } from "../journal/dated.js";

function moment(d: Dated, text: string): Moment {
  return { entry: d.entry.id, day: d.day, kind: d.entry.kind, customer: d.entry.customer ?? null, text };
}

/**
 * Moments to share with the team (seed 002): good moments from debriefs and daily reflections,
 * difficult ones from debriefs, in the period, newest first. The text is the user's own words,
 * unchanged: renderers make it safe for their medium.
 */
export function moments(view: JournalView): Moments {
  const good: Moment[] = [];
  const difficult: Moment[] = [];
  const shared: Moment[] = [];
  for (const d of view.current) {
    const k = d.entry.kind;
    if (k === "debrief" || k === "daily") {
      const g = textOf(d, STEP.goodMoment);
      if (g) good.push(moment(d, g));
    }
    if (k === "debrief") {
      const h = textOf(d, STEP.difficultMoment);
      if (h) difficult.push(moment(d, h));
      const q = textOf(d, STEP.moment);
      if (q) shared.push(moment(d, q));
    }
  }
  const newest = (a: Moment, b: Moment) => (a.entry < b.entry ? 1 : a.entry > b.entry ? -1 : 0);
  return { good: good.sort(newest), difficult: difficult.sort(newest), shared: shared.sort(newest) };
}
