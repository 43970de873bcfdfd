import { dayOf } from "../dates.js";
import type { Entry, StoredEntry } from "../journal/entry.js";
import { isOverdue, openActions, openPreps } from "../journal/queries.js";
import { streaks, type Streak, type StreakRules } from "./streak.js";

export interface TodayStatus {
  today: string;
  streak: Streak;
  /** Preps that still wait for their debrief, newest first. */
  waitingPreps: { id: string; customer?: string }[];
  openActions: number;
  overdueActions: number;
  entries: number;
}

/** The days on which a daily reflection was written. */
export function dailyDays(entries: readonly Entry[]): string[] {
  return entries.filter((e) => e.kind === "daily").map((e) => dayOf(e.createdAt));
}

/** The home screen's model: where the salesperson stands today. */
export function todayStatus(entries: readonly StoredEntry[], today: string, rules: StreakRules): TodayStatus {
  const days = dailyDays(entries.map((e) => e.entry));
  const open = openActions(entries, today);
  return {
    today,
    streak: streaks(days, today, rules),
    waitingPreps: openPreps(entries).map((p) => ({ id: p.entry.id, ...(p.entry.customer && { customer: p.entry.customer }) })),
    openActions: open.length,
    overdueActions: open.filter((r) => isOverdue(r.action, today)).length,
    entries: entries.length,
  };
}
