import { addDays, weekStart, dayOf } from "../dates.js";
import type { Entry } from "../journal/entry.js";
import type { AnswerValue } from "../exercises/schema.js";
import { compactAnswer, UNKNOWN } from "../journal/lazy-entry.js";
import { dayNumber } from "./day-number.js";
import type { PeriodInfo } from "./model.js";
import type { Earlier } from "./digest.js";

/**
 * Where each step's answer was last found. Entries that follow the same exercise list their
 * answers in the same order, so a look-up almost always hits at once: no scan, no map per entry.
 * Only a speed-up: a miss falls back to the scan, so results never depend on it.
 */
const positionHint = new Map<string, number>();

/** An entry with its local day: `createdAt`'s own date, no Date parsing. */
export class Dated {
  constructor(
    readonly entry: Entry,
    readonly day: string,
  ) {}

  /** The answer to a step. (Should a hand edit repeat a step, one of its answers is used.) */
  answer(step: string): AnswerValue | undefined {
    // From the index, ratings and picks come without reading the entry's free text.
    const known = compactAnswer(this.entry, step);
    if (known !== UNKNOWN) return known;
    const list = this.entry.answers;
    const hint = positionHint.get(step);
    if (hint !== undefined && hint < list.length && list[hint]!.step === step) return list[hint]!.answer;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.step === step) {
        positionHint.set(step, i);
        return list[i]!.answer;
      }
    }
    return undefined;
  }
}

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
 * calendar. Months entirely before it may come as digests (see digest.ts).
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

/** A menu step's picks: the answer's strings, trimmed, empty ones and repeats dropped. */
export function picksOf(d: Dated, step: string): string[] | undefined {
  const a = d.answer(step);
  if (!Array.isArray(a)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const p = a[i];
    const v = typeof p === "string" ? p.trim() : "";
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

/** A text answer, trimmed; undefined when absent or empty. */
export function textOf(d: Dated, step: string): string | undefined {
  const a = d.answer(step);
  if (typeof a !== "string") return undefined;
  const v = a.trim();
  return v ? v : undefined;
}
