import type { Entry } from "../journal/entry.js";
import { shortAnswer, UNKNOWN } from "../journal/lazy-entry.js";

/** A listening skill as the focus needs it: its rating step and scale. */
export interface FocusSkill {
  id: string;
  min: number;
  max: number;
}

/**
 * Why a skill is the focus: never rated, not rated in the last `WINDOW` quick debriefs, or the
 * lowest recent average.
 */
export type FocusReason = "unrated" | "due" | "lowest";

export interface Focus {
  skill: string;
  reason: FocusReason;
  /** The skill's average over its last `RECENT` ratings, and how many there are (0 when unrated). */
  average: number | null;
  n: number;
}

/** A skill not rated in this many quick debriefs comes first, so any 8 in a row rate all six. */
export const WINDOW = 7;
/** How many of a skill's latest ratings its recent average rests on. */
export const RECENT = 5;

/** A quick debrief rates one skill and says which: that is what sets it apart from a full one. */
const isQuick = (e: Entry) => e.kind === "debrief" && e.focus !== undefined;

function ratingIn(entry: Entry, skill: FocusSkill): number | undefined {
  // From the index a rating comes without reading the entry's free text.
  const short = shortAnswer(entry, skill.id);
  const v = short !== UNKNOWN ? short : entry.answers.find((a) => a.step === skill.id)?.answer;
  return typeof v === "number" && Number.isFinite(v) && v >= skill.min && v <= skill.max ? v : undefined;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

interface History {
  skill: FocusSkill;
  order: number;
  /** Index among the debriefs of the latest rating; -1 when never rated. */
  last: number;
  recent: number[];
  inWindow: boolean;
}

/**
 * The skill the next quick debrief rates, from the journal alone (entries oldest first). A skill
 * not rated in the last `WINDOW` quick debriefs comes first, the one rated longest ago among them;
 * otherwise the lowest average over each skill's last `RECENT` ratings, compared on a 0..1 scale,
 * the one rated longest ago winning a tie. Ties left over go to the exercise's order. Undefined
 * only when there are no skills.
 */
export function chooseFocus(entries: readonly Entry[], skills: readonly FocusSkill[]): Focus | undefined {
  if (skills.length === 0) return undefined;
  const debriefs = entries.filter((e) => e.kind === "debrief");
  const window = new Set(debriefs.filter(isQuick).slice(-WINDOW));
  const history: History[] = skills.map((skill, order) => ({ skill, order, last: -1, recent: [], inWindow: false }));
  debriefs.forEach((entry, i) => {
    for (const h of history) {
      const v = ratingIn(entry, h.skill);
      if (v === undefined) continue;
      h.last = i;
      h.recent.push(v);
      if (h.recent.length > RECENT) h.recent.shift();
      if (window.has(entry)) h.inWindow = true;
    }
  });
  const score = (h: History) => (mean(h.recent) - h.skill.min) / (h.skill.max - h.skill.min);
  const byAge = (a: History, b: History) => a.last - b.last || a.order - b.order;
  const due = history.filter((h) => !h.inWindow).sort(byAge);
  // Averages within a hair of each other are a tie, not a difference of float error.
  const pick = due[0] ?? [...history].sort((a, b) => (Math.abs(score(a) - score(b)) < 1e-9 ? byAge(a, b) : score(a) - score(b)))[0]!;
  const n = pick.recent.length;
  return {
    skill: pick.skill.id,
    reason: n === 0 ? "unrated" : pick.inWindow ? "lowest" : "due",
    average: n === 0 ? null : mean(pick.recent),
    n,
  };
}
