import { z } from "zod";
import type { Entry } from "../journal/entry.js";
import { shortAnswer, UNKNOWN } from "../journal/lazy-entry.js";
import { byPlace, insertKept, placeOf, type Place } from "../journal/order.js";
import { KeptPlace } from "./kept-place.js";

/** A listening skill as the focus needs it: its rating step and scale. */
export const FocusSkill = z.object({ id: z.string(), min: z.number(), max: z.number() });
export type FocusSkill = z.infer<typeof FocusSkill>;

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

/** A skill's last `RECENT` ratings, oldest first, each with the place of its debrief. */
const Rated = z.object({ recent: z.array(z.object({ at: KeptPlace, v: z.number() })) });

/**
 * What the focus rests on, taken entry by entry so that a saved entry adds to it without the
 * journal being read again (see flow-digest.ts), in any order: each rating keeps its debrief's
 * place, so a debrief recorded later for an earlier call goes where it belongs. Plain data, kept as JSON.
 */
export const FocusHistory = z
  .object({
    skills: z.array(FocusSkill),
    /** One per skill, in the skills' order. */
    rated: z.array(Rated),
    /** The skills each of the last `WINDOW` quick debriefs rated, oldest first. */
    window: z.array(z.object({ at: KeptPlace, rated: z.array(z.string()) })),
  })
  .refine((h) => h.rated.length === h.skills.length);
export type FocusHistory = z.infer<typeof FocusHistory>;

export const focusHistory = (skills: readonly FocusSkill[]): FocusHistory => ({
  skills: skills.map(({ id, min, max }) => ({ id, min, max })),
  rated: skills.map(() => ({ recent: [] })),
  window: [],
});

/** Adds one entry to the history. */
export function addToFocus(h: FocusHistory, entry: Entry): void {
  if (entry.kind !== "debrief") return;
  const at = placeOf(entry);
  const rated: string[] = [];
  h.skills.forEach((skill, k) => {
    const v = ratingIn(entry, skill);
    if (v === undefined) return;
    insertKept(h.rated[k]!.recent, { at, v }, RECENT);
    rated.push(skill.id);
  });
  if (isQuick(entry)) insertKept(h.window, { at, rated }, WINDOW);
}

interface Standing {
  skill: FocusSkill;
  order: number;
  /** The latest rating's debrief, none when never rated. */
  last: Place | undefined;
  recent: number[];
  inWindow: boolean;
}

/** Never rated first, then the one rated longest ago. */
const older = (a: Place | undefined, b: Place | undefined) => (a === undefined ? (b === undefined ? 0 : -1) : b === undefined ? 1 : byPlace(a, b));

/**
 * The skill the next quick debrief rates. A skill not rated in the last `WINDOW` quick debriefs
 * comes first, the one rated longest ago among them; otherwise the lowest average over each
 * skill's last `RECENT` ratings, compared on a 0..1 scale, the one rated longest ago winning a
 * tie. Ties left over go to the exercise's order. Undefined only when there are no skills.
 */
export function focusOf(h: FocusHistory): Focus | undefined {
  if (h.skills.length === 0) return undefined;
  const history: Standing[] = h.skills.map((skill, order) => {
    const { recent } = h.rated[order]!;
    return { skill, order, last: recent.at(-1)?.at, recent: recent.map((r) => r.v), inWindow: h.window.some((w) => w.rated.includes(skill.id)) };
  });
  const score = (s: Standing) => (mean(s.recent) - s.skill.min) / (s.skill.max - s.skill.min);
  const byAge = (a: Standing, b: Standing) => older(a.last, b.last) || a.order - b.order;
  const due = history.filter((s) => !s.inWindow).sort(byAge);
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

/** The skill the next quick debrief rates, from the journal alone (entries oldest first); see `focusOf`. */
export function chooseFocus(entries: readonly Entry[], skills: readonly FocusSkill[]): Focus | undefined {
  const h = focusHistory(skills);
  for (const e of entries) addToFocus(h, e);
  return focusOf(h);
}
