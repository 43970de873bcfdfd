import { addDays, weekStart, dayOf } from "../dates.js";
import type { Entry } from "../journal/entry.js";
import { Dated } from "../journal/dated.js";
import { dayNumber } from "./day-number.js";
import type { PeriodInfo } from "./model.js";
import type { Earlier } from "../journal/month-digest.js";

/**
 * The journal as the analyses see it, built in one linear pass: the entries up to `until` (which
 * is also "today": later entries are ignored everywhere), those of the period and of the period
 * before it, the preps by id and those that got a debrief, and the ISO weeks (Monday first)
 * overlapping the period.
 */
export interface JournalView {
  period: PeriodInfo;
  all: Dated[];
  current: Dated[];
  previous: Dated[];
  prepsById: Map<string, Dated>;
  /** The ids of the preps that a debrief up to `until` links to: the preps that got their debrief. */
  debriefed: ReadonlySet<string>;
  /** The months before the window that came as digests, not as entries (`all` then starts after them). */
  earlier?: Earlier;
  /** Mondays of the ISO weeks overlapping the period, oldest first. */
  weeks: string[];
  /** The index in `weeks` of a day inside the period. */
  weekOf(day: string): number;
  /** How many days of each week lie inside the period (the first and last can be partial). */
  weekDays: number[];
}

/**
 * The period and the one of the same length directly before it. A reversed window is turned
 * around rather than refused: the engine never throws on its input.
 */
export function periodInfo(since: string, until: string): PeriodInfo {
  const [a, b] = since <= until ? [since, until] : [until, since];
  const days = dayNumber(b) - dayNumber(a) + 1;
  return { since: a, until: b, days, previous: { since: addDays(a, -days), until: addDays(a, -1) } };
}

/**
 * The day from which a report needs entries: the period before the period, and the habit
 * calendar. Months entirely before it may come as digests (see journal/month-digest.ts).
 */
export function windowStart(since: string, until: string): string {
  const period = periodInfo(since, until);
  const calStart = calendarStart(period.until);
  return period.previous.since < calStart ? period.previous.since : calStart;
}

export const CALENDAR_WEEKS = 12;

/** The Monday the habit calendar starts on: its last week is the one of `until`. */
export const calendarStart = (until: string) => addDays(weekStart(until), -7 * (CALENDAR_WEEKS - 1));

export function journalView(entries: readonly Entry[], since: string, until: string, earlier?: Earlier): JournalView {
  const period = periodInfo(since, until);
  const { previous } = period;
  const all: Dated[] = [];
  const current: Dated[] = [];
  const prev: Dated[] = [];
  const prepsById = new Map<string, Dated>();
  const debriefed = new Set<string>(earlier?.links);
  for (const entry of entries) {
    const day = dayOf(entry.createdAt);
    if (day > period.until) continue;
    const d = new Dated(entry, day);
    all.push(d);
    if (day >= period.since) current.push(d);
    else if (day >= previous.since) prev.push(d);
    if (entry.kind === "prep") prepsById.set(entry.id, d);
    else if (entry.kind === "debrief" && entry.links?.prep) debriefed.add(entry.links.prep);
  }

  const first = weekStart(period.since);
  const firstNo = dayNumber(first);
  const count = Math.floor((dayNumber(period.until) - firstNo) / 7) + 1;
  const weeks: string[] = [];
  for (let i = 0, w = first; i < count; i++, w = addDays(w, 7)) weeks.push(w);
  const weekDays = weeks.map(() => 7);
  weekDays[0]! -= dayNumber(period.since) - firstNo;
  weekDays[count - 1]! -= firstNo + 7 * count - 1 - dayNumber(period.until);
  const cache = new Map<string, number>();
  const weekOf = (day: string): number => {
    let w = cache.get(day);
    if (w === undefined) cache.set(day, (w = Math.floor((dayNumber(day) - firstNo) / 7)));
    return w;
  };
  return { period, all, current, previous: prev, prepsById, debriefed, ...(earlier && { earlier }), weeks, weekOf, weekDays };
}

/** A text answer, trimmed; undefined when absent or empty. */
export function textOf(d: Dated, step: string): string | undefined {
  const a = d.answer(step);
  if (typeof a !== "string") return undefined;
  const v = a.trim();
  return v ? v : undefined;
}
