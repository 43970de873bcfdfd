import { dayOf } from "../dates.js";
import type { StoredEntry } from "./entry.js";
import { customerKey, customerMatches } from "./queries.js";
import { normalTag } from "./tags.js";

export interface EntryFilter {
  kind?: string;
  customer?: string;
  /** Inclusive days, YYYY-MM-DD. */
  since?: string;
  until?: string;
  /** Case-insensitive text found in the customer, a question's answer or an action. */
  grep?: string;
  flagged?: boolean;
  /** Only entries with this tag. */
  tag?: string;
}

function haystack(e: StoredEntry): string {
  const { entry } = e;
  const parts = [entry.customer ?? "", ...entry.answers.map((a) => (Array.isArray(a.answer) ? a.answer.join(" ") : String(a.answer)))];
  parts.push(...entry.actions.map((a) => a.text));
  // Folded like names, so "zoe" finds "Zoë".
  return customerKey(parts.join("\n"));
}

export function filterEntries(entries: readonly StoredEntry[], f: EntryFilter): StoredEntry[] {
  const needle = f.grep === undefined ? undefined : customerKey(f.grep);
  const tag = f.tag === undefined ? undefined : normalTag(f.tag);
  return entries.filter((e) => {
    const day = dayOf(e.entry.createdAt);
    if (f.kind && e.entry.kind !== f.kind) return false;
    if (f.customer && !customerMatches(e.entry.customer, f.customer)) return false;
    if (f.since && day < f.since) return false;
    if (f.until && day > f.until) return false;
    if (f.flagged && !(e.entry.flags && e.entry.flags.length > 0)) return false;
    if (tag && !e.entry.tags?.includes(tag)) return false;
    if (needle && !haystack(e).includes(needle)) return false;
    return true;
  });
}
