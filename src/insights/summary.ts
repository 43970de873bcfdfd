import { isValidDay } from "../dates.js";
import type { Menus } from "../exercises/load.js";
import type { Exercise } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import type { Entry } from "../journal/entry.js";
import type { InvalidFile } from "../data/invalid-file.js";
import { accuracy } from "./accuracy.js";
import { actionStats } from "./actions.js";
import { channels } from "./channels.js";
import { countEntries } from "./counts.js";
import { customerStats } from "./customers.js";
import { followThrough } from "./follow-through.js";
import { habit } from "./habit.js";
import { intentions } from "./intentions.js";
import { journalView } from "./journal-view.js";
import { earlierOf, type MonthDigest } from "../journal/month-digest.js";
import type { InvalidInfo, Summary } from "./model.js";
import { moments } from "./moments.js";
import { emotionStats, needStats } from "./picks.js";
import { ratings } from "./ratings.js";
import type { StreakRules } from "./streak.js";

export type * from "./model.js";
export type { Channel, ChannelCounts, Channels } from "./channels.js";

export interface SummaryInput {
  /** All valid entries of the journal, oldest first. */
  entries: readonly Entry[];
  /**
   * The digests of the months before the window, when `entries` leave them out (see journal/month-digest.ts):
   * the same model as from all entries.
   */
  earlier?: readonly MonthDigest[];
  /** Files skipped while reading, passed through. */
  invalid: readonly InvalidFile[];
  /** Inclusive days (YYYY-MM-DD) of the period; `until` is also "today". */
  since: string;
  until: string;
  rules: StreakRules;
  menus: Menus;
  /** The debrief exercise: its `rating` steps define the skills (ids, prompts, tips). */
  debrief: Exercise;
  /** Language of the labels in the model. */
  lang: Lang;
  /** Minimum values behind a trend, in each of the two periods, and behind the weakest skill. */
  minSample?: number;
}

export const DEFAULT_MIN_SAMPLE = 3;

/**
 * Patterns in a journal over a period, compared with the period of the same length directly
 * before it. Pure: no I/O, no clock (`until` is today). Entries after `until` are ignored. An
 * empty journal or period gives a complete model of zeros and nulls, never NaN and never a throw.
 * (A period day that is not a real YYYY-MM-DD is a caller's bug and throws a RangeError.)
 * Linear in the number of entries: one pass builds the view, each analysis one pass over it.
 */
export function summarize(input: SummaryInput): Summary {
  for (const day of [input.since, input.until]) {
    if (!isValidDay(day)) throw new RangeError(`summarize: "${day}" is not a day (YYYY-MM-DD)`);
  }
  const minSample = Math.max(1, input.minSample ?? DEFAULT_MIN_SAMPLE);
  const view = journalView(input.entries, input.since, input.until, input.earlier && earlierOf(input.earlier));
  return {
    period: view.period,
    counts: countEntries(view),
    habit: habit(view, input.rules),
    ratings: ratings(view, input.debrief, input.lang, minSample),
    emotions: emotionStats(view, input.menus, input.lang),
    needs: needStats(view, input.menus, input.lang),
    accuracy: accuracy(view, input.menus, input.debrief, minSample),
    followThrough: followThrough(view),
    actions: actionStats(view),
    customers: customerStats(view, input.menus, input.lang),
    moments: moments(view),
    intentions: intentions(view),
    channels: channels(view),
    invalid: input.invalid.map(
      (f): InvalidInfo => ({ path: f.path, ...(f.line !== undefined && { line: f.line }), problem: f.problem, reason: f.reason }),
    ),
  };
}
