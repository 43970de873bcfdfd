import { STEP } from "../exercises/conventions.js";
import { addToFocus, focusHistory, type FocusHistory, type FocusSkill } from "../insights/focus.js";
import type { Entry, StoredEntry } from "./entry.js";
import { customerKey, type ActionOf } from "./queries.js";

/**
 * What the guided flows know of the journal before their questions, in a form that a saved entry
 * adds to: kept beside the index (see derived.ts), a prep needs neither the index nor a stat of
 * every file. Everything here is what the queries it stands for work out from the whole journal;
 * flows.test.ts holds them side by side.
 */

/** What a prep shows of a customer's last debrief (see render/customer-context.ts). */
const SHOWN: readonly string[] = [STEP.observedEmotions, STEP.observedNeeds, STEP.wanted];

export interface CustomerHistory {
  /** The spelling last used. */
  name: string;
  /** How many entries are about the customer. */
  calls: number;
  lastDebrief?: Pick<Entry, "createdAt" | "answers">;
  /** The open actions of the customer's entries, in the journal's order. */
  open: ActionOf[];
}

export interface FlowDigest {
  /** The newest entry taken in, by the journal's order (time, then id): only a newer one can be added. */
  newest?: { ms: number; id: string };
  /** By customer key, the one seen last at the end. */
  customers: Map<string, CustomerHistory>;
  /** Every action id, done or not: a new action never takes one. */
  actionIds: Set<string>;
  /** What the focus of the next quick debrief rests on, for the skills of the journal's first debrief exercise. */
  focus: FocusHistory;
}

/** The digest as JSON holds it. */
export interface KeptDigest {
  newest?: { ms: number; id: string };
  customers: [string, CustomerHistory][];
  actionIds: string[];
  focus: FocusHistory;
}

const emptyDigest = (skills: readonly FocusSkill[]): FlowDigest => ({ customers: new Map(), actionIds: new Set(), focus: focusHistory(skills) });

/** Whether `entry` comes after every entry of the digest in the journal's order, so that adding it keeps that order. */
export function isNewest(d: FlowDigest, entry: Entry): boolean {
  const ms = Date.parse(entry.createdAt);
  return !d.newest || ms > d.newest.ms || (ms === d.newest.ms && entry.id > d.newest.id);
}

/** Adds an entry, the newest of the journal (see `isNewest`). */
export function addToDigest(d: FlowDigest, entry: Entry): void {
  d.newest = { ms: Date.parse(entry.createdAt), id: entry.id };
  for (const a of entry.actions) d.actionIds.add(a.id);
  addToFocus(d.focus, entry);
  if (!entry.customer) return;
  const key = customerKey(entry.customer);
  const c = d.customers.get(key) ?? { name: entry.customer, calls: 0, open: [] };
  // Seen now: to the end, so that the names come most recently seen first.
  d.customers.delete(key);
  d.customers.set(key, c);
  c.name = entry.customer;
  c.calls++;
  // The entry itself, not a copy: its answers are read (from the index) only for the last one, when kept.
  if (entry.kind === "debrief") c.lastDebrief = entry;
  for (const action of entry.actions) if (!action.done) c.open.push({ action, entry: { id: entry.id } });
}

/** The digest of a whole journal, entries in the journal's order. */
export function flowDigest(entries: readonly StoredEntry[], skills: readonly FocusSkill[]): FlowDigest {
  const d = emptyDigest(skills);
  for (const e of entries) addToDigest(d, e.entry);
  return d;
}

/** Every customer, most recently seen first, in the spelling last used (as `knownCustomers`). */
export const customerNames = (d: FlowDigest): string[] => [...d.customers.values()].map((c) => c.name).reverse();

export function toKept(d: FlowDigest): KeptDigest {
  const slim = ({ name, calls, lastDebrief, open }: CustomerHistory): CustomerHistory => ({
    name,
    calls,
    open: open.map(({ action, entry }) => ({ action, entry: { id: entry.id } })),
    ...(lastDebrief && { lastDebrief: { createdAt: lastDebrief.createdAt, answers: lastDebrief.answers.filter((a) => SHOWN.includes(a.step)) } }),
  });
  return {
    ...(d.newest && { newest: d.newest }),
    customers: [...d.customers].map(([k, c]) => [k, slim(c)]),
    actionIds: [...d.actionIds],
    focus: d.focus,
  };
}

/** A kept digest, when it was made for these skills; else it is worked out again. */
export function fromKept(k: KeptDigest, skills: readonly FocusSkill[]): FlowDigest | undefined {
  if (JSON.stringify(k.focus.skills) !== JSON.stringify(focusHistory(skills).skills)) return undefined;
  return { ...(k.newest && { newest: k.newest }), customers: new Map(k.customers), actionIds: new Set(k.actionIds), focus: k.focus };
}
