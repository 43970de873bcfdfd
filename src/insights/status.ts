import { dayOf } from "../dates.js";
import { isCount, isListOf, isRecord, isShaped, isString, isStringOrNull, type Guarded } from "../data/guards.js";
import type { Entry, StoredEntry } from "../journal/entry.js";
import { allActions, openPreps, pastDue } from "../journal/queries.js";
import { streaks, type Streak, type StreakRules } from "./streak.js";

export interface TodayStatus {
  today: string;
  streak: Streak;
  /** Preps that still wait for their debrief, newest first. */
  waitingPreps: StatusDigest["waitingPreps"];
  openActions: number;
  overdueActions: number;
  entries: number;
}

const isWaitingPrep = (x: unknown): x is { id: string; customer?: string } => isRecord(x) && isString(x.id) && (x.customer === undefined || isString(x.customer));

/**
 * What the status needs of a whole journal, whatever the day: small enough to be kept, so that
 * the home screen does not read the journal's index while no file changed. Its type is taken from
 * these checks of a kept one read back, so that the two cannot differ. Checked by hand, not by a
 * schema: a home screen on a kept status loads no schema library, which would double its time.
 */
const STATUS_DIGEST = {
  dailyDays: isListOf(isString),
  /** The due day of each open action (null: none). */
  openDue: isListOf(isStringOrNull),
  waitingPreps: isListOf(isWaitingPrep),
  entries: isCount,
};
export type StatusDigest = Guarded<typeof STATUS_DIGEST>;
const isStatusDigest = isShaped(STATUS_DIGEST);

/** A kept status read back, when it has the shape of `StatusDigest` (one edited by hand is worked out again). */
export const statusDigestOf = (v: unknown): StatusDigest | undefined => (isStatusDigest(v) ? v : undefined);

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
