import { STEP } from "../exercises/conventions.js";
import { addToFocus, focusHistory, type FocusHistory, type FocusSkill } from "./focus.js";
import type { Entry, StoredEntry } from "../journal/entry.js";
import { customerKey, type ActionOf } from "../journal/queries.js";

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

export interface FlowDigest {
  /** The newest entry taken in. */
  newest?: Place;
  /** By customer key. */
  customers: Map<string, CustomerHistory>;
  /** Every action id, done or not: a new action never takes one. */
  actionIds: Set<string>;
  /** What the focus of the next quick debrief rests on, for the skills of the journal's first debrief exercise. */
  focus: FocusHistory;
}

/** Raise when the kept digest's shape changes: an older one is then worked out again. */
const KEPT_VERSION = 1;

/** The digest as JSON holds it. */
export interface KeptDigest {
  version: number;
  newest?: Place;
  customers: [string, CustomerHistory][];
  actionIds: string[];
  focus: FocusHistory;
}

const emptyDigest = (skills: readonly FocusSkill[]): FlowDigest => ({ customers: new Map(), actionIds: new Set(), focus: focusHistory(skills) });

/**
 * Whether the entry can be added to the digest: any but a debrief older than the newest entry,
 * as the focus follows the debriefs in their order (see insights/focus.ts).
 */
export const canAdd = (d: FlowDigest, entry: Entry): boolean => entry.kind !== "debrief" || !d.newest || later(placeOf(entry), d.newest);

/** Adds an entry (see `canAdd`). */
export function addToDigest(d: FlowDigest, entry: Entry): void {
  const at = placeOf(entry);
  if (!d.newest || later(at, d.newest)) d.newest = at;
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
    customers: [...d.customers].map(([k, c]) => [k, slim(c)]),
    actionIds: [...d.actionIds],
    focus: d.focus,
  };
}

/** A kept digest, when it has this shape and was made for these skills; else it is worked out again. */
export function fromKept(k: KeptDigest, skills: readonly FocusSkill[]): FlowDigest | undefined {
  if (k.version !== KEPT_VERSION || JSON.stringify(k.focus.skills) !== JSON.stringify(focusHistory(skills).skills)) return undefined;
  return { ...(k.newest && { newest: k.newest }), customers: new Map(k.customers), actionIds: new Set(k.actionIds), focus: k.focus };
}
