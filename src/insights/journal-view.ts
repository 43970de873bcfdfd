import { addDays, daysBetween, weekStart } from "../dates.js";
import type { AnswerValue, Entry } from "../journal/entry.js";
import type { PeriodInfo } from "./model.js";

/** An entry with what the analyses ask of it again and again, worked out once. */
export interface Dated {
  entry: Entry;
  /** The local day it was written: `createdAt`'s own date, no Date parsing. */
  day: string;
  answers: ReadonlyMap<string, AnswerValue>;
}

/**
 * The journal as the analyses see it, built in one linear pass: the entries up to `until` (which
 * is also "today": later entries are ignored everywhere), those of the period and of the period
 * before it, the preps by id, and a day → week index for the period's weeks.
 */
export interface JournalView {
  period: PeriodInfo;
  all: Dated[];
  current: Dated[];
  previous: Dated[];
  prepsById: Map<string, Dated>;
  /** Mondays of the ISO weeks overlapping the period, oldest first. */
  weeks: string[];
  /** Every day of the period → the index of its week in `weeks`. */
  weekOf: Map<string, number>;
}

/**
 * The period and the one of the same length directly before it. A reversed window is turned
 * around rather than refused: the engine never throws on its input.
 */
export function periodInfo(since: string, until: string): PeriodInfo {
  const [a, b] = since <= until ? [since, until] : [until, since];
  const days = daysBetween(a, b) + 1;
  return { since: a, until: b, days, previous: { since: addDays(a, -days), until: addDays(a, -1) } };
}

function answerMap(entry: Entry): Map<string, AnswerValue> {
  const m = new Map<string, AnswerValue>();
  for (const a of entry.answers) m.set(a.step, a.answer);
  return m;
}

export function journalView(entries: readonly Entry[], since: string, until: string): JournalView {
  const period = periodInfo(since, until);
  const { previous } = period;
  const all: Dated[] = [];
  const current: Dated[] = [];
  const prev: Dated[] = [];
  const prepsById = new Map<string, Dated>();
  for (const entry of entries) {
    const day = entry.createdAt.slice(0, 10);
    if (day > period.until) continue;
    const d: Dated = { entry, day, answers: answerMap(entry) };
    all.push(d);
    if (day >= period.since) current.push(d);
    else if (day >= previous.since) prev.push(d);
    if (entry.kind === "prep") prepsById.set(entry.id, d);
  }
  const weeks: string[] = [];
  const weekOf = new Map<string, number>();
  for (let day = period.since, wd = daysBetween(weekStart(day), day); day <= period.until; day = addDays(day, 1), wd = (wd + 1) % 7) {
    if (wd === 0 || weeks.length === 0) weeks.push(weekStart(day));
    weekOf.set(day, weeks.length - 1);
  }
  return { period, all, current, previous: prev, prepsById, weeks, weekOf };
}

/** A menu step's picks: the answer's strings, trimmed, empty ones and repeats dropped. */
export function picksOf(d: Dated, step: string): string[] | undefined {
  const a = d.answers.get(step);
  if (!Array.isArray(a)) return undefined;
  const out = new Set<string>();
  for (const p of a) {
    const v = p.trim();
    if (v) out.add(v);
  }
  return [...out];
}

/** A text answer, trimmed; undefined when absent or empty. */
export function textOf(d: Dated, step: string): string | undefined {
  const a = d.answers.get(step);
  if (typeof a !== "string") return undefined;
  const v = a.trim();
  return v ? v : undefined;
}
