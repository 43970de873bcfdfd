import { dayOf } from "../dates.js";
import { STEP } from "../exercises/conventions.js";
import type { Entry } from "./entry.js";
import { customerKey } from "./queries.js";
import { Dated, picksOf } from "./dated.js";

/**
 * What the analyses over all time (the streaks, the actions, the customers' histories) need of a
 * month's entries, worked out when the month's index is written. A report over a window reads the
 * months entirely before it as digests like this one instead of as entries: ten years of heads are
 * then never parsed. Derived data: checked by `isMonthDigest` when read, rebuilt when damaged.
 *
 * A digest stands for its entries only when they all lie before the window (`lastDay`), so that
 * none is of the period, the period before or the habit calendar: then every action done by
 * `lastDay` is done for any report, and only the others are kept one by one.
 */
export interface MonthDigest {
  /** How many entries the month holds. */
  entries: number;
  /** The times of the month's first and last entry in the journal's order; empty without entries. */
  first: string;
  last: string;
  /** The latest day of the month's entries. */
  lastDay: string;
  /** The days with a daily reflection, each once, in order. */
  daily: string[];
  /** Actions done by `lastDay` (or done without a time). */
  done: number;
  /** The other actions, in the journal's order. */
  pending: PendingAction[];
  /** The preps that debriefs link to, but not preps of this month. */
  links: string[];
  /** By customer key, the month's entries naming the customer. */
  customers: Record<string, CustomerDigest>;
}

/** `id, text, due, doneDay, entry, customer`: doneDay is null for an action not done. */
export type PendingAction = [id: string, text: string, due: string | null, doneDay: string | null, entry: string, customer: string | null];

/** A menu step's picks over a customer's debriefs: each pick as written with its count, first seen first, and how many answers. */
export interface PickTally {
  picks: [pick: string, count: number][];
  answers: number;
}

export interface CustomerDigest {
  /** The spelling of the latest entry, its time and its id (the journal's order breaks ties of time by id). */
  name: string;
  at: string;
  id: string;
  lastDay: string;
  emotions: PickTally;
  needs: PickTally;
  /** Actions not done. */
  open: number;
}

/** Whether a spelling seen at (`at`, `id`) replaces the one kept: the later wins, on a tie the one met later. */
export const laterName = (kept: { at: string; id: string }, at: string, id: string): boolean => at > kept.at || (at === kept.at && id >= kept.id);

function tally(into: Map<string, number>, picks: readonly string[] | undefined): boolean {
  if (!picks) return false;
  for (const p of picks) into.set(p, (into.get(p) ?? 0) + 1);
  return true;
}

interface CustomerAcc extends Omit<CustomerDigest, "emotions" | "needs"> {
  emotions: Map<string, number>;
  emotionAnswers: number;
  needs: Map<string, number>;
  needAnswers: number;
}

/** The digest of a month's entries, given in the journal's order. */
export function monthDigest(entries: readonly Entry[]): MonthDigest {
  const daily: string[] = [];
  const pending: PendingAction[] = [];
  const linked: string[] = [];
  const preps = new Set<string>();
  const customers = new Map<string, CustomerAcc>();
  let lastDay = "";
  const dated = entries.map((e) => new Dated(e, dayOf(e.createdAt)));
  for (const d of dated) if (d.day > lastDay) lastDay = d.day;
  let done = 0;
  for (const d of dated) {
    const { entry } = d;
    if (entry.kind === "daily" && daily[daily.length - 1] !== d.day && !daily.includes(d.day)) daily.push(d.day);
    if (entry.kind === "prep") preps.add(entry.id);
    if (entry.kind === "debrief" && entry.links?.prep) linked.push(entry.links.prep);
    for (const a of entry.actions) {
      const day = a.doneAt?.slice(0, 10);
      if (a.done && (day === undefined || day <= lastDay)) done++;
      else pending.push([a.id, a.text, a.due ?? null, a.done ? day! : null, entry.id, entry.customer ?? null]);
    }
    const name = entry.customer;
    if (name === undefined) continue;
    const key = customerKey(name);
    let c = customers.get(key);
    if (!c) {
      c = { name, at: entry.createdAt, id: entry.id, lastDay: d.day, emotions: new Map(), emotionAnswers: 0, needs: new Map(), needAnswers: 0, open: 0 };
      customers.set(key, c);
    }
    if (laterName(c, entry.createdAt, entry.id)) Object.assign(c, { name, at: entry.createdAt, id: entry.id });
    if (d.day > c.lastDay) c.lastDay = d.day;
    if (entry.kind === "debrief") {
      if (tally(c.emotions, picksOf(d, STEP.observedEmotions))) c.emotionAnswers++;
      if (tally(c.needs, picksOf(d, STEP.observedNeeds))) c.needAnswers++;
    }
    for (const a of entry.actions) if (!a.done) c.open++;
  }
  // Without a prototype: a customer key is the user's text, and may be "__proto__".
  const out: Record<string, CustomerDigest> = Object.create(null) as Record<string, CustomerDigest>;
  for (const [key, { emotions, emotionAnswers, needs, needAnswers, ...c }] of customers) {
    out[key] = { ...c, emotions: { picks: [...emotions], answers: emotionAnswers }, needs: { picks: [...needs], answers: needAnswers } };
  }
  return {
    entries: entries.length,
    first: entries[0]?.createdAt ?? "",
    last: entries[entries.length - 1]?.createdAt ?? "",
    lastDay,
    daily,
    done,
    pending,
    links: linked.filter((id) => !preps.has(id)),
    customers: out,
  };
}

/** What the analyses take from the months before a report's window: their digests, oldest first. */
export interface Earlier {
  digests: readonly MonthDigest[];
  /** The preps linked from a debrief in those months. */
  links: ReadonlySet<string>;
}

/** The time of the first entry of the months before a window; undefined when they hold none. */
export const firstOf = (digests: readonly MonthDigest[]): string | undefined => digests.find((d) => d.first !== "")?.first;

/** The time of the last entry of the months before a window; undefined when they hold none. */
export const lastOf = (digests: readonly MonthDigest[]): string | undefined => digests.findLast((d) => d.last !== "")?.last;

export function earlierOf(digests: readonly MonthDigest[]): Earlier {
  return { digests, links: new Set(digests.flatMap((d) => d.links)) };
}

const isStr = (v: unknown): v is string => typeof v === "string";
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isStrOrNull = (v: unknown) => v === null || isStr(v);
const isTally = (v: unknown): v is PickTally => {
  const t = v as PickTally;
  return typeof t === "object" && t !== null && isCount(t.answers) && Array.isArray(t.picks) && t.picks.every((p) => Array.isArray(p) && p.length === 2 && isStr(p[0]) && isCount(p[1]));
};
const isCustomer = (v: unknown): v is CustomerDigest => {
  const c = v as CustomerDigest;
  return typeof c === "object" && c !== null && isStr(c.name) && isStr(c.at) && isStr(c.id) && isStr(c.lastDay) && isTally(c.emotions) && isTally(c.needs) && isCount(c.open);
};
const isPending = (v: unknown): v is PendingAction =>
  Array.isArray(v) && v.length === 6 && isStr(v[0]) && isStr(v[1]) && isStrOrNull(v[2]) && isStrOrNull(v[3]) && isStr(v[4]) && isStrOrNull(v[5]);

/**
 * Whether a value read as a digest has the digest's form. Its sum matched: a digest of another form
 * was written by something else, and is damage like any other (the month is then read from its files).
 */
export function isMonthDigest(v: unknown): v is MonthDigest {
  const d = v as MonthDigest;
  return (
    typeof d === "object" &&
    d !== null &&
    isCount(d.entries) &&
    isStr(d.first) &&
    isStr(d.last) &&
    isStr(d.lastDay) &&
    Array.isArray(d.daily) &&
    d.daily.every(isStr) &&
    isCount(d.done) &&
    Array.isArray(d.pending) &&
    d.pending.every(isPending) &&
    Array.isArray(d.links) &&
    d.links.every(isStr) &&
    typeof d.customers === "object" &&
    d.customers !== null &&
    !Array.isArray(d.customers) &&
    Object.values(d.customers).every(isCustomer)
  );
}
