import { STEP } from "../exercises/conventions.js";
import { addToFocus, focusHistory, type FocusHistory, type FocusSkill } from "./focus.js";
import type { Entry, StoredEntry } from "../journal/entry.js";
import { customerKey, sameCustomer, type ActionOf } from "../journal/queries.js";

/**
 * What the guided flows know of the journal before their questions, in a form that a saved entry
 * adds to: kept beside the index (see journal/derived.ts), it spares a prep the index and a stat
 * of every file. Everything here is what the queries it stands for (journal/queries.ts, focus.ts)
 * work out from the whole journal; the digest's unit test holds them side by side.
 */

/** What a prep shows of a customer's last debrief (see render/customer-context.ts). */
const SHOWN: readonly string[] = [STEP.observedEmotions, STEP.observedNeeds, STEP.wanted];

/** Where an entry stands in the journal's order: by time, then id. */
interface Place {
  ms: number;
  id: string;
}

const placeOf = (e: Pick<Entry, "createdAt" | "id">): Place => ({ ms: Date.parse(e.createdAt), id: e.id });
const later = (a: Place, b: Place) => a.ms > b.ms || (a.ms === b.ms && a.id > b.id);

export interface CustomerHistory {
  /** The spelling of the customer's latest entry, and where that entry stands. */
  name: string;
  seen: Place;
  /** How many entries are about the customer. */
  calls: number;
  lastDebrief?: Pick<Entry, "id" | "createdAt" | "answers">;
  /** The open actions of the customer's entries (in any order: `byUrgency` orders them all). */
  open: ActionOf[];
}

/** A prep as a debrief offers it to link to: the prep itself is read from its file when chosen. */
export interface PrepRef extends Place {
  customer?: string;
  createdAt: string;
}

/** A daily as the next one needs it: its time (whether it set an intention, its file tells). */
export interface DailyRef extends Place {
  createdAt: string;
}

export interface FlowDigest {
  /** The newest entry taken in. */
  newest?: Place;
  /** Every entry's id, for `--prep` by a prefix of one. */
  ids: Set<string>;
  /** The preps no debrief links to, by id (in any order: `openPrepsOf` orders them). */
  openPreps: Map<string, PrepRef>;
  /** Every prep id a debrief links to, so that a prep taken in after its debrief is not open. */
  linkedPreps: Set<string>;
  /** Every daily, in any order (`dailiesOf` orders them). */
  dailies: DailyRef[];
  /** By customer key. */
  customers: Map<string, CustomerHistory>;
  /** Every action id, done or not: a new action never takes one. */
  actionIds: Set<string>;
  /** What the focus of the next quick debrief rests on, for the skills of the journal's first debrief exercise. */
  focus: FocusHistory;
}

/** Raise when the kept digest's shape changes: an older one is then worked out again. */
const KEPT_VERSION = 2;

/** The digest as JSON holds it. */
export interface KeptDigest {
  version: number;
  newest?: Place;
  ids: string[];
  openPreps: PrepRef[];
  linkedPreps: string[];
  dailies: DailyRef[];
  customers: [string, CustomerHistory][];
  actionIds: string[];
  focus: FocusHistory;
}

const emptyDigest = (skills: readonly FocusSkill[]): FlowDigest => ({
  ids: new Set(),
  openPreps: new Map(),
  linkedPreps: new Set(),
  dailies: [],
  customers: new Map(),
  actionIds: new Set(),
  focus: focusHistory(skills),
});

/**
 * Whether the entry can be added to the digest: any but a debrief older than the newest entry,
 * as the focus follows the debriefs in their order (see insights/focus.ts).
 */
export const canAdd = (d: FlowDigest, entry: Entry): boolean => entry.kind !== "debrief" || !d.newest || later(placeOf(entry), d.newest);

/** Adds an entry (see `canAdd`). */
export function addToDigest(d: FlowDigest, entry: Entry): void {
  const at = placeOf(entry);
  if (!d.newest || later(at, d.newest)) d.newest = at;
  d.ids.add(entry.id);
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

function addLinks(d: FlowDigest, entry: Entry): void {
  const { createdAt, id } = entry;
  // Not its answers: from the index, they are read only when asked for.
  if (entry.kind === "daily") d.dailies.push({ ...placeOf(entry), createdAt });
  if (entry.kind === "prep" && !d.linkedPreps.has(id)) d.openPreps.set(id, { ...placeOf(entry), createdAt, ...(entry.customer && { customer: entry.customer }) });
  const prep = entry.kind === "debrief" ? entry.links?.prep : undefined;
  if (prep === undefined) return;
  d.linkedPreps.add(prep);
  d.openPreps.delete(prep);
}

const inOrder = <T extends Place>(xs: Iterable<T>): T[] => [...xs].sort((a, b) => (later(a, b) ? 1 : later(b, a) ? -1 : 0));

/** The preps no debrief links to, newest first; for one customer, and made before a moment, when given (as `openPreps`). */
export const openPrepsOf = (d: FlowDigest, customer?: string, before?: Date): PrepRef[] =>
  inOrder(d.openPreps.values())
    .filter((p) => (before === undefined || p.ms <= before.getTime()) && (customer === undefined || sameCustomer(p.customer, customer)))
    .reverse();

/** Every daily, in the journal's order. */
export const dailiesOf = (d: FlowDigest): DailyRef[] => inOrder(d.dailies);

/** The digest of a whole journal, entries in the journal's order. */
export function flowDigest(entries: readonly StoredEntry[], skills: readonly FocusSkill[]): FlowDigest {
  const d = emptyDigest(skills);
  for (const e of entries) addToDigest(d, e.entry);
  return d;
}

/** Every customer, most recently seen first, in the spelling last used (as `knownCustomers`). */
export const customerNames = (d: FlowDigest): string[] =>
  [...d.customers.values()]
    .sort((a, b) => (later(a.seen, b.seen) ? -1 : 1))
    .map((c) => c.name);

export function toKept(d: FlowDigest): KeptDigest {
  const slim = ({ name, seen, calls, lastDebrief, open }: CustomerHistory): CustomerHistory => ({
    name,
    seen,
    calls,
    open: open.map(({ action, entry }) => ({ action, entry: { id: entry.id } })),
    ...(lastDebrief && { lastDebrief: { id: lastDebrief.id, createdAt: lastDebrief.createdAt, answers: lastDebrief.answers.filter((a) => SHOWN.includes(a.step)) } }),
  });
  return {
    version: KEPT_VERSION,
    ...(d.newest && { newest: d.newest }),
    ids: [...d.ids],
    openPreps: [...d.openPreps.values()],
    linkedPreps: [...d.linkedPreps],
    dailies: d.dailies,
    customers: [...d.customers].map(([k, c]) => [k, slim(c)]),
    actionIds: [...d.actionIds],
    focus: d.focus,
  };
}

/** Whether the digest's focus follows these skills (those of the journal's first debrief exercise). */
export const focusFor = (focus: FocusHistory, skills: readonly FocusSkill[]): boolean => JSON.stringify(focus.skills) === JSON.stringify(focusHistory(skills).skills);

/**
 * The one id that is `key` or starts with it, as `findEntry` takes a key; undefined when none or
 * several are (`findEntry` on the whole journal then says so, in its words).
 */
export function soleId(d: FlowDigest, key: string): string | undefined {
  const k = key.replace(/\.yaml$/, "").trim();
  if (d.ids.has(k)) return k;
  if (!k) return undefined;
  let hit: string | undefined;
  for (const id of d.ids) {
    if (!id.startsWith(k)) continue;
    if (hit !== undefined) return undefined;
    hit = id;
  }
  return hit;
}

/** A kept digest, when it has this shape and was made for these skills; else it is worked out again. */
export function fromKept(k: KeptDigest, skills: readonly FocusSkill[]): FlowDigest | undefined {
  if (k.version !== KEPT_VERSION || !focusFor(k.focus, skills)) return undefined;
  return {
    ...(k.newest && { newest: k.newest }),
    ids: new Set(k.ids),
    openPreps: new Map(k.openPreps.map((p) => [p.id, p])),
    linkedPreps: new Set(k.linkedPreps),
    dailies: k.dailies,
    customers: new Map(k.customers),
    actionIds: new Set(k.actionIds),
    focus: k.focus,
  };
}
