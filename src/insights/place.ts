import type { Entry } from "../journal/entry.js";

/** Where an entry stands in the journal's order: by time, then id. */
export interface Place {
  ms: number;
  id: string;
}

export const placeOf = (e: Pick<Entry, "createdAt" | "id">): Place => ({ ms: Date.parse(e.createdAt), id: e.id });
export const later = (a: Place, b: Place) => a.ms > b.ms || (a.ms === b.ms && a.id > b.id);

/** Puts an item among others in the journal's order, keeping only the `keep` latest. */
export function insertKept<T extends { at: Place }>(xs: T[], item: T, keep: number): void {
  let i = xs.length;
  while (i > 0 && later(xs[i - 1]!.at, item.at)) i--;
  xs.splice(i, 0, item);
  if (xs.length > keep) xs.splice(0, xs.length - keep);
}
