import { NotFound, UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import type { Action, Entry, StoredEntry } from "./entry.js";

/** Keys already worked out: a journal names a few hundred customers over thousands of entries. */
const keys = new Map<string, string>();

/** Customer names match whatever their case, accents or spacing. */
export function customerKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").trim().replace(/\s+/g, " ").toLowerCase();
    // Bounded, should a run meet many names (a coach's team): the rest are worked out each time.
    if (keys.size < 10_000) keys.set(name, key);
  }
  return key;
}

export function sameCustomer(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && customerKey(a) === customerKey(b);
}

/** For filters: a part of the name is enough ("acme" finds "Acme BV"), whatever its case or accents. */
export function customerMatches(customer: string | undefined, filter: string): boolean {
  return customer !== undefined && customerKey(customer).includes(customerKey(filter));
}

/** Every customer in the journal, most recently seen first, in the spelling last used. */
export function knownCustomers(entries: readonly { entry: Pick<Entry, "customer"> }[]): string[] {
  const names: string[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const c = entries[i]!.entry.customer;
    if (c) names.push(c);
  }
  return firstSpellings([names]);
}

/**
 * Each customer once, in the first spelling met, from lists of names met newest first: the names
 * of a journal's parts, the latest part first, give what `knownCustomers` of the whole gives.
 */
export function firstSpellings(lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const c of list) if (!seen.has(customerKey(c))) seen.set(customerKey(c), c);
  return [...seen.values()];
}

/** An item by its id, or by a prefix of it that only one item has; `journal` as in `NotFound`. */
export function findById<T>(items: readonly T[], idOf: (item: T) => string, key: string, what: NotFound["what"], journal?: string): T {
  const m = t().errors;
  const kind = what === "action" ? "action" : "entry";
  const k = key.trim();
  const exact = items.filter((i) => idOf(i) === k);
  const hits = exact.length > 0 ? exact : k ? items.filter((i) => idOf(i).startsWith(k)) : [];
  if (hits.length === 1) return hits[0]!;
  if (hits.length === 0) throw new NotFound(m.notFound(m.nouns[kind], key), what, journal);
  const shown = hits.slice(0, 3).map(idOf).join(", ");
  throw new UserError(m.ambiguous(key, hits.length, m.plurals[kind], `${shown}${hits.length > 3 ? ", …" : ""}`));
}

export function findEntry(entries: readonly StoredEntry[], idOrPrefix: string): StoredEntry {
  return findById(entries, (e) => e.entry.id, idOrPrefix.replace(/\.yaml$/, ""), "entry");
}

function linkedPrepIds(entries: readonly StoredEntry[]): Set<string> {
  return new Set(entries.flatMap((e) => (e.entry.kind === "debrief" && e.entry.links?.prep ? [e.entry.links.prep] : [])));
}

/** Preps that no debrief links to yet, newest first; for one customer, and made before a moment, when given. */
export function openPreps(entries: readonly StoredEntry[], customer?: string, before?: Date): StoredEntry[] {
  const linked = linkedPrepIds(entries);
  return entries
    .filter((e) => e.entry.kind === "prep" && !linked.has(e.entry.id))
    .filter((e) => before === undefined || Date.parse(e.entry.createdAt) <= before.getTime())
    .filter((e) => customer === undefined || sameCustomer(e.entry.customer, customer))
    .reverse();
}

export function lastDebrief(entries: readonly StoredEntry[], customer: string): StoredEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.entry.kind === "debrief" && sameCustomer(e.entry.customer, customer)) return e;
  }
  return undefined;
}

export interface ActionRef {
  action: Action;
  entry: Entry;
  path: string;
}

export function allActions(entries: readonly StoredEntry[]): ActionRef[] {
  return entries.flatMap((e) => e.entry.actions.map((action) => ({ action, entry: e.entry, path: e.path })));
}

export function isOverdue(action: Action, today: string): boolean {
  return !action.done && pastDue(action.due, today);
}

/** Whether a due day (if any) lies before today. */
export const pastDue = (due: string | null | undefined, today: string): boolean => typeof due === "string" && due < today;

/** An action and the id of the entry that holds it: what the order of open actions looks at. */
export interface ActionOf {
  action: Action;
  entry: Pick<Entry, "id">;
}

/** Open actions (in the journal's order) as they are shown: overdue first, then by due date, then oldest first. */
export function byUrgency<T extends ActionOf>(open: readonly T[], today: string): T[] {
  return [...open].sort((a, b) => {
    const oa = isOverdue(a.action, today) ? 0 : 1;
    const ob = isOverdue(b.action, today) ? 0 : 1;
    return oa - ob || (a.action.due ?? "9999").localeCompare(b.action.due ?? "9999") || a.entry.id.localeCompare(b.entry.id);
  });
}

/** Open actions, overdue first, then by due date, then oldest first. */
export function openActions(entries: readonly StoredEntry[], today: string, customer?: string): ActionRef[] {
  return byUrgency(
    allActions(entries).filter((r) => !r.action.done && (customer === undefined || sameCustomer(r.entry.customer, customer))),
    today,
  );
}

/** An action by its id, or a unique prefix of it. */
export function findAction(entries: readonly StoredEntry[], idOrPrefix: string): ActionRef {
  return findById(allActions(entries), (r) => r.action.id, idOrPrefix.toLowerCase(), "action");
}
