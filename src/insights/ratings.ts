import type { Exercise, Step } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import type { RatingStat, Ratings, Weakest } from "./model.js";
import type { JournalView } from "./journal-view.js";
import type { Dated } from "../journal/dated.js";
import { Acc, metric } from "./stats.js";

type RatingStep = Extract<Step, { type: "rating" }>;

/** A change smaller than this (on the rating's own scale) is shown as flat. */
export const RATING_FLAT = 0.1;

export function ratingSteps(debrief: Exercise): RatingStep[] {
  return debrief.steps.filter((s): s is RatingStep => s.type === "rating");
}

/** A rating answer inside the step's scale; anything else (hand edits) is left out. */
function ratingOf(d: Dated, step: RatingStep): number | undefined {
  const v = d.answer(step.id);
  return typeof v === "number" && Number.isFinite(v) && v >= step.min && v <= step.max ? v : undefined;
}

/**
 * Each 1–5 self-rating of the debrief: average and n in the period and the one before, the trend
 * (from the minimum sample), a value per week for a sparkline, and the weakest skill with its tip.
 */
export function ratings(view: JournalView, debrief: Exercise, lang: Lang, minSample: number): Ratings {
  const steps = ratingSteps(debrief);
  const cur = steps.map(() => new Acc());
  const prev = steps.map(() => new Acc());
  const weekly = steps.map(() => view.weeks.map(() => new Acc()));
  const outOfScale: Ratings["outOfScale"] = [];
  for (const d of view.current) {
    if (d.entry.kind !== "debrief") continue;
    const w = view.weekOf(d.day);
    steps.forEach((s, i) => {
      const v = ratingOf(d, s);
      if (v === undefined) {
        // Said, so that a figure resting on fewer ratings than were given does not go unexplained.
        if (d.answer(s.id) != null) outOfScale.push({ entry: d.entry.id, step: s.id });
        return;
      }
      cur[i]!.add(v);
      weekly[i]![w]!.add(v);
    });
  }
  for (const d of view.previous) {
    if (d.entry.kind !== "debrief") continue;
    steps.forEach((s, i) => {
      const v = ratingOf(d, s);
      if (v !== undefined) prev[i]!.add(v);
    });
  }

  const skills: Record<string, RatingStat> = {};
  let weakest: Weakest | null = null;
  let weakestScore = Infinity;
  steps.forEach((s, i) => {
    const c = cur[i]!;
    skills[s.id] = {
      id: s.id,
      label: s.prompt[lang],
      min: s.min,
      max: s.max,
      ...metric(c, prev[i]!, minSample, RATING_FLAT),
      weekly: weekly[i]!.map((acc, w) => ({ week: view.weeks[w]!, ...acc.mean() })),
    };
    const avg = c.average;
    if (avg === null || c.n < minSample) return;
    // Compared on a 0..1 scale, so a skill rated on another scale is weighed fairly.
    const score = (avg - s.min) / (s.max - s.min);
    if (score < weakestScore) {
      weakestScore = score;
      weakest = { id: s.id, label: s.prompt[lang], average: skills[s.id]!.average!, n: c.n, tip: s.tip?.[lang] ?? null };
    }
  });
  return { minSample, skills, weakest, outOfScale };
}
