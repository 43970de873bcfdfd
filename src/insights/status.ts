import { z } from "zod";
import { dayOf } from "../dates.js";
import { isString, isStringOrNull, listOf } from "../data/list-schema.js";
import type { Entry, StoredEntry } from "../journal/entry.js";
import { allActions, openPreps, pastDue } from "../journal/queries.js";
import { streaks, type Streak, type StreakRules } from "./streak.js";

/** A prep that still waits for its debrief. */
const WaitingPrep = z.object({ id: z.string(), customer: z.string().optional() });

export interface TodayStatus {
  today: string;
  streak: Streak;
  /** Preps that still wait for their debrief, newest first. */
  waitingPreps: z.infer<typeof WaitingPrep>[];
  openActions: number;
  overdueActions: number;
  entries: number;
}

/**
 * What the status needs of a whole journal, whatever the day: small enough to be kept, so that
 * the home screen does not read the journal's index while no file changed.
 */
export const StatusDigest = z.object({
  dailyDays: listOf(isString),
  /** The due day of each open action (null: none). */
  openDue: listOf(isStringOrNull),
  waitingPreps: z.array(WaitingPrep),
  entries: z.number().int().nonnegative(),
});
export type StatusDigest = z.infer<typeof StatusDigest>;

/** The days on which a daily reflection was written. */
export function dailyDays(entries: readonly Entry[]): string[] {
  return entries.filter((e) => e.kind === "daily").map((e) => dayOf(e.createdAt));
}

export function statusDigest(entries: readonly StoredEntry[]): StatusDigest {
  return {
    dailyDays: dailyDays(entries.map((e) => e.entry)),
    openDue: allActions(entries).flatMap((r) => (r.action.done ? [] : [r.action.due ?? null])),
    waitingPreps: openPreps(entries).map((p) => ({ id: p.entry.id, ...(p.entry.customer && { customer: p.entry.customer }) })),
    entries: entries.length,
  };
}

/** The home screen's model: where the salesperson stands today. */
export function todayStatus(digest: StatusDigest, today: string, rules: StreakRules): TodayStatus {
  return {
    today,
    streak: streaks(digest.dailyDays, today, rules),
    waitingPreps: digest.waitingPreps,
    openActions: digest.openDue.length,
    overdueActions: digest.openDue.filter((due) => pastDue(due, today)).length,
    entries: digest.entries,
  };
}
