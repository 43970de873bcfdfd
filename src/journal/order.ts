import type { Entry } from "./entry.js";

/**
 * Where an entry stands in the journal's order: by time, then id. A type, not a schema: every read
 * orders by it, and a warm read loads no zod; the values kept as JSON check theirs by `KeptPlace`.
 */
export interface Place {
  ms: number;
  id: string;
}

export const placeOf = (e: Pick<Entry, "createdAt" | "id">): Place => ({ ms: Date.parse(e.createdAt), id: e.id });

/** The journal's order of two places: negative when `a` comes first. */
export const byPlace = (a: Place, b: Place): number => a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const later = (a: Place, b: Place) => byPlace(a, b) > 0;

/** The journal's order of two entries; to sort many, `sortInJournalOrder` (each call parses both times). */
export const journalOrder = (a: Pick<Entry, "createdAt" | "id">, b: Pick<Entry, "createdAt" | "id">): number => byPlace(placeOf(a), placeOf(b));

/** Sorts items in their entries' journal order, each entry's time parsed once. */
export function sortInJournalOrder<T>(xs: T[], entryOf: (x: T) => Pick<Entry, "createdAt" | "id">): T[] {
  const at = new Map(xs.map((x) => [x, placeOf(entryOf(x))]));
  return xs.sort((a, b) => byPlace(at.get(a)!, at.get(b)!));
}

/** Puts an item among others in the journal's order, keeping only the `keep` latest. */
export function insertKept<T extends { at: Place }>(xs: T[], item: T, keep: number): void {
  let i = xs.length;
  while (i > 0 && later(xs[i - 1]!.at, item.at)) i--;
  xs.splice(i, 0, item);
  if (xs.length > keep) xs.splice(0, xs.length - keep);
}
