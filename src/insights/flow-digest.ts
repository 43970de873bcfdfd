import { z } from "zod";
import { dayOf } from "../dates.js";
import { isString, isStringOrNull } from "../data/guards.js";
import { listOf } from "../data/list-schema.js";
import { STEP } from "../exercises/conventions.js";
import { addToFocus, FocusHistory, focusHistory, type FocusSkill } from "./focus.js";
import { Answer, type Entry, type StoredEntry } from "../journal/entry.js";
import { customerKey, sameCustomer, type ActionOf } from "../journal/queries.js";
import { byPlace, later, placeOf } from "../journal/order.js";
import { KeptPlace } from "./kept-place.js";

/**
 * What the guided flows know of the journal before their questions, in a form that a saved entry
 * adds to: kept beside the index (see journal/derived.ts), it spares a prep the index and a stat
 * of every file. Everything here is what the queries it stands for (journal/queries.ts, focus.ts)
 * work out from the whole journal; the digest's unit test holds them side by side.
 */

/** What a prep shows of a customer's last debrief (see render/customer-context.ts). */
const SHOWN: readonly string[] = [STEP.observedEmotions, STEP.observedNeeds, STEP.wanted];

/** A pair of `dailies` as kept: a day, and how many dailies (one or more) it has. */
const isDayCount = (x: unknown): x is [string, number] => Array.isArray(x) && x.length === 2 && typeof x[0] === "string" && Number.isInteger(x[1]) && x[1] > 0;
const isFileStat = (x: unknown): x is [string, string] => Array.isArray(x) && x.length === 2 && isString(x[0]) && isString(x[1]);

/**
 * A customer's open actions as the digest keeps them: a list for each field, side by side (an
 * open action is not done). Thousands of them are then checked in a loop per field: a schema for
 * each action costs a prep tens of milliseconds.
 */
const KeptOpen = z
  .object({ ids: listOf(isString), texts: listOf(isString), dues: listOf(isStringOrNull), entries: listOf(isString) })
  .refine((o) => [o.texts, o.dues, o.entries].every((xs) => xs.length === o.ids.length));

const KeptCustomer = z.object({
  /** The spelling of the customer's latest entry, and where that entry stands. */
  name: z.string(),
  seen: KeptPlace,
  /** How many entries are about the customer. */
  calls: z.number().int().nonnegative(),
  lastDebrief: z.object({ id: z.string(), createdAt: z.string(), answers: z.array(Answer) }).optional(),
  open: KeptOpen,
});
type KeptCustomer = z.infer<typeof KeptCustomer>;
type KeptOpen = z.infer<typeof KeptOpen>;

export type CustomerHistory = Omit<KeptCustomer, "open"> & {
  /** The open actions of the customer's entries (in any order: `byUrgency` orders them all). */
  open: ActionOf[];
};

/** A prep as a debrief offers it to link to: the prep itself is read from its file when chosen. */
export const PrepRef = z.object({ id: z.string(), createdAt: z.string(), customer: z.string().optional() });
export type PrepRef = z.infer<typeof PrepRef>;

export interface FlowDigest {
  /** The preps no debrief links to, by id (in any order: `openPrepsOf` orders them). */
  openPreps: Map<string, PrepRef>;
  /** The prep ids debriefs link to whose prep was not taken in (yet): it is not open when it is. */
  linkedAhead: Set<string>;
  /** How many dailies each day has (by the day of their time): the streak, and a check of the files a daily reads. */
  dailies: Map<string, number>;
  /** By customer key. */
  customers: Map<string, CustomerHistory>;
  /** Every action id, done or not: a new action never takes one. */
  actionIds: Set<string>;
  /** What the focus of the next quick debrief rests on, for the skills of the journal's first debrief exercise. */
  focus: FocusHistory;
  /**
   * The stat data of the files whose words a flow shows from the digest (see `shownBy`), by
   * their entries' ids, as they were when those words were taken in: a flow checks them first.
   */
  files: Map<string, string>;
}

/** Raise when the kept digest's shape changes: an older one is then worked out again. */
const KEPT_VERSION = 4;

/**
 * The digest as JSON holds it. A value read back that does not have this shape (a hand edit, a
 * damaged cache) is no digest: the journal is read instead.
 */
export const KeptDigest = z.object({
  version: z.literal(KEPT_VERSION),
  openPreps: z.array(PrepRef),
  linkedAhead: listOf(isString),
  dailies: listOf(isDayCount),
  customers: z.array(z.tuple([z.string(), KeptCustomer])),
  actionIds: listOf(isString),
  focus: FocusHistory,
  files: listOf(isFileStat),
});
export type KeptDigest = z.infer<typeof KeptDigest>;

const emptyDigest = (skills: readonly FocusSkill[]): FlowDigest => ({
  openPreps: new Map(),
  linkedAhead: new Set(),
  dailies: new Map(),
  customers: new Map(),
  actionIds: new Set(),
  focus: focusHistory(skills),
  files: new Map(),
});

/** Adds an entry, in any order: a save with `--at` may be older than the newest. */
export function addToDigest(d: FlowDigest, entry: Entry): void {
  const at = placeOf(entry);
  addLinks(d, entry);
  for (const a of entry.actions) d.actionIds.add(a.id);
  addToFocus(d.focus, entry);
  if (!entry.customer) return;
  const key = customerKey(entry.customer);
  let c = d.customers.get(key);
  if (!c) d.customers.set(key, (c = { name: entry.customer, seen: at, calls: 0, open: [] }));
  if (later(at, c.seen)) Object.assign(c, { name: entry.customer, seen: at });
  c.calls++;
  // The entry itself, not a copy: its answers are read (from the index) only for the last one, when kept.
  if (entry.kind === "debrief" && (!c.lastDebrief || later(at, placeOf(c.lastDebrief)))) c.lastDebrief = entry;
  for (const action of entry.actions) if (!action.done) c.open.push({ action, entry: { id: entry.id } });
}

/**
 * The links an entry makes or takes: a debrief closes the prep it links to. A debrief a flow saves
 * links to a prep of the journal; only a whole journal (see `flowDigest`) has a debrief before its prep.
 */
function addLinks(d: FlowDigest, entry: Entry): void {
  const { createdAt, id } = entry;
  if (entry.kind === "daily") d.dailies.set(dayOf(createdAt), (d.dailies.get(dayOf(createdAt)) ?? 0) + 1);
  if (entry.kind === "prep" && !d.linkedAhead.delete(id)) d.openPreps.set(id, { id, createdAt, ...(entry.customer && { customer: entry.customer }) });
  const prep = entry.kind === "debrief" ? entry.links?.prep : undefined;
  if (prep !== undefined) d.openPreps.delete(prep);
}

/** The preps no debrief links to, newest first; for one customer, and made before a moment, when given (as `openPreps`). */
export const openPrepsOf = (d: FlowDigest, customer?: string, before?: Date): PrepRef[] =>
  [...d.openPreps.values()]
    .map((p) => ({ p, at: placeOf(p) }))
    .filter(({ p, at }) => (before === undefined || at.ms <= before.getTime()) && (customer === undefined || sameCustomer(p.customer, customer)))
    .sort((a, b) => byPlace(b.at, a.at))
    .map(({ p }) => p);

/** How many dailies the days from `from` to `to` (both included) have. */
export function dailiesBetween(d: FlowDigest, from: string, to: string): number {
  let n = 0;
  for (const [day, count] of d.dailies) if (day >= from && day <= to) n += count;
  return n;
}

/** The digest of a whole journal, entries in the journal's order. */
export function flowDigest(entries: readonly StoredEntry[], skills: readonly FocusSkill[]): FlowDigest {
  const d = emptyDigest(skills);
  // Every link first, as a debrief may name a prep made after it (`--prep`); what is left once
  // every prep is taken in links to none of the journal.
  for (const { entry } of entries) if (entry.kind === "debrief" && entry.links?.prep !== undefined) d.linkedAhead.add(entry.links.prep);
  for (const e of entries) addToDigest(d, e.entry);
  return d;
}

/** Every customer, most recently seen first, in the spelling last used (as `knownCustomers`). */
export const customerNames = (d: FlowDigest): string[] =>
  [...d.customers.values()]
    .sort((a, b) => byPlace(b.seen, a.seen))
    .map((c) => c.name);

export function toKept(d: FlowDigest): KeptDigest {
  const slim = ({ name, seen, calls, lastDebrief, open }: CustomerHistory): KeptCustomer => ({
    name,
    seen,
    calls,
    open: keptOpen(open),
    ...(lastDebrief && { lastDebrief: { id: lastDebrief.id, createdAt: lastDebrief.createdAt, answers: lastDebrief.answers.filter((a) => SHOWN.includes(a.step)) } }),
  });
  const shown = new Set([...d.customers.values()].flatMap(shownBy));
  return {
    version: KEPT_VERSION,
    openPreps: [...d.openPreps.values()],
    linkedAhead: [...d.linkedAhead],
    dailies: [...d.dailies],
    customers: [...d.customers].map(([k, c]) => [k, slim(c)]),
    actionIds: [...d.actionIds],
    focus: d.focus,
    // Only of the files shown now: a debrief that is no longer the last one is not looked at again.
    files: [...d.files].filter(([id]) => shown.has(id)),
  };
}

/**
 * The entries whose words a flow shows of a customer from the digest: the latest (the spelling of
 * the name), the last debrief, and those of the open actions.
 */
export const shownBy = (c: CustomerHistory): string[] => [...new Set([c.seen.id, ...(c.lastDebrief ? [c.lastDebrief.id] : []), ...c.open.map((o) => o.entry.id)])];

/** Whether the digest's focus follows these skills (those of the journal's first debrief exercise). */
export const focusFor = (focus: FocusHistory, skills: readonly FocusSkill[]): boolean => JSON.stringify(focus.skills) === JSON.stringify(focusHistory(skills).skills);

/** A kept digest (of the schema's shape), when it was made for these skills; else it is worked out again. */
export function fromKept(k: KeptDigest, skills: readonly FocusSkill[]): FlowDigest | undefined {
  if (!focusFor(k.focus, skills)) return undefined;
  return {
    openPreps: new Map(k.openPreps.map((p) => [p.id, p])),
    linkedAhead: new Set(k.linkedAhead),
    dailies: new Map(k.dailies),
    customers: new Map(k.customers.map(([key, c]) => [key, { ...c, open: openOf(c.open) }])),
    actionIds: new Set(k.actionIds),
    focus: k.focus,
    files: new Map(k.files),
  };
}

const keptOpen = (open: readonly ActionOf[]): KeptOpen => ({
  ids: open.map((o) => o.action.id),
  texts: open.map((o) => o.action.text),
  dues: open.map((o) => o.action.due ?? null),
  entries: open.map((o) => o.entry.id),
});

const openOf = ({ ids, texts, dues, entries }: KeptOpen): ActionOf[] =>
  ids.map((id, i) => ({ action: { id, text: texts[i]!, done: false, ...(dues[i] !== null && { due: dues[i]! }) }, entry: { id: entries[i]! } }));
