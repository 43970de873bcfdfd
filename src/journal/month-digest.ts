import { dayOf } from "../dates.js";
import { STEP } from "../exercises/conventions.js";
import type { Entry } from "./entry.js";
import type { InvalidFile } from "../data/invalid-file.js";
import { customerKey } from "./queries.js";
import { Dated, picksOf } from "./dated.js";
import { isCount, isListOf, isRecord, isShaped, isString, isStringOrNull, type Guard, type Guarded } from "../data/guards.js";

/** `id, text, due, doneDay, entry, customer`: doneDay is null for an action not done. */
export type PendingAction = [id: string, text: string, due: string | null, doneDay: string | null, entry: string, customer: string | null];
const isPending: Guard<PendingAction> = (v): v is PendingAction =>
  Array.isArray(v) && v.length === 6 && isString(v[0]) && isString(v[1]) && isStringOrNull(v[2]) && isStringOrNull(v[3]) && isString(v[4]) && isStringOrNull(v[5]);

const isPickCount: Guard<[pick: string, count: number]> = (v): v is [string, number] => Array.isArray(v) && v.length === 2 && isString(v[0]) && isCount(v[1]);

/** A menu step's picks over a customer's debriefs: each pick as written with its count, first seen first, and how many answers. */
const PICK_TALLY = { picks: isListOf(isPickCount), answers: isCount };
export type PickTally = Guarded<typeof PICK_TALLY>;
const isTally = isShaped(PICK_TALLY);

const CUSTOMER = {
  /** The spelling of the latest entry, its time and its id (the journal's order breaks ties of time by id). */
  name: isString,
  at: isString,
  id: isString,
  lastDay: isString,
  emotions: isTally,
  needs: isTally,
  /** Actions not done. */
  open: isCount,
};
export type CustomerDigest = Guarded<typeof CUSTOMER>;
const isCustomer = isShaped(CUSTOMER);

const isCustomers: Guard<Record<string, CustomerDigest>> = (v): v is Record<string, CustomerDigest> => isRecord(v) && Object.values(v).every(isCustomer);

/**
 * What the analyses over all time (the streaks, the actions, the customers' histories) need of a
 * month's entries, worked out when the month's index is written. A report over a window reads the
 * months entirely before it as digests like this one instead of as entries: ten years of heads are
 * then never parsed. Derived data: checked by `isMonthDigest` when read, rebuilt when damaged.
 *
 * A digest stands for its entries only when they all lie before the window (`lastDay`), so that
 * none is of the period, the period before or the habit calendar: then every action done by
 * `lastDay` is done for any report, and only the others are kept one by one.
 *
 * Its fields, each with its check: the type is taken from them.
 */
const MONTH_DIGEST = {
  /** How many entries the month holds. */
  entries: isCount,
  /** The times of the month's first and last entry in the journal's order; empty without entries. */
  first: isString,
  last: isString,
  /** The latest day of the month's entries. */
  lastDay: isString,
  /** The days with a daily reflection, each once, in order. */
  daily: isListOf(isString),
  /** Actions done by `lastDay` (or done without a time). */
  done: isCount,
  /** The other actions, in the journal's order. */
  pending: isListOf(isPending),
  /** The preps that debriefs link to, but not preps of this month. */
  links: isListOf(isString),
  /** By customer key, the month's entries naming the customer. */
  customers: isCustomers,
};
export type MonthDigest = Guarded<typeof MONTH_DIGEST>;

/**
 * Whether a value read as a digest has the digest's form. Its sum matched: a digest of another form
 * was written by something else, and is damage like any other (the month is then read from its files).
 */
export const isMonthDigest = isShaped(MONTH_DIGEST);

const isSkipped = isListOf((r): r is [name: string, invalid: InvalidFile] => Array.isArray(r) && r.length === 2 && isString(r[0]) && isRecord(r[1]) && isString(r[1].problem));

/** What a month's digest file keeps: the digest of its entries, and its skipped files by name. */
const MONTH_CONTENTS = { digest: isMonthDigest, skipped: isSkipped };
export type MonthContents = Guarded<typeof MONTH_CONTENTS>;
export const isMonthContents = isShaped(MONTH_CONTENTS);

/** What the digest of many months keeps (see `joinDigests`): it, and each month's skipped files by name, in the months' order. */
const JOINED_CONTENTS = { digest: isMonthDigest, skipped: isListOf(isSkipped) };
export type JoinedContents = Guarded<typeof JOINED_CONTENTS>;
export const isJoinedContents = isShaped(JOINED_CONTENTS);

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

/** Two tallies of one customer as one: each pick as written once, first seen first. */
function joinTallies(a: PickTally, b: PickTally): PickTally {
  const picks = new Map(a.picks);
  for (const [pick, count] of b.picks) picks.set(pick, (picks.get(pick) ?? 0) + count);
  return { picks: [...picks], answers: a.answers + b.answers };
}

/**
 * The digests of consecutive months, oldest first, as one digest of all their entries: what every
 * analysis takes from it is what it takes from them in turn (the latest spelling of a name, the
 * days, the actions in order, the tallies added up). A report over a window of weeks in a journal
 * of years then reads one digest for the years before it instead of one per month.
 */
export function joinDigests(digests: readonly MonthDigest[]): MonthDigest {
  const customers: Record<string, CustomerDigest> = Object.create(null) as Record<string, CustomerDigest>;
  for (const d of digests) {
    for (const [key, m] of Object.entries(d.customers)) {
      const c = customers[key];
      if (!c) {
        customers[key] = { ...m };
        continue;
      }
      if (laterName(c, m.at, m.id)) Object.assign(c, { name: m.name, at: m.at, id: m.id });
      if (m.lastDay > c.lastDay) c.lastDay = m.lastDay;
      c.emotions = joinTallies(c.emotions, m.emotions);
      c.needs = joinTallies(c.needs, m.needs);
      c.open += m.open;
    }
  }
  return {
    entries: digests.reduce((n, d) => n + d.entries, 0),
    first: firstOf(digests) ?? "",
    last: lastOf(digests) ?? "",
    lastDay: digests.reduce((day, d) => (d.lastDay > day ? d.lastDay : day), ""),
    daily: digests.flatMap((d) => d.daily),
    done: digests.reduce((n, d) => n + d.done, 0),
    pending: digests.flatMap((d) => d.pending),
    links: digests.flatMap((d) => d.links),
    customers,
  };
}
