import type { Counts, KindCounts, TagCount, WeekCounts } from "./model.js";
import type { JournalView } from "./journal-view.js";
import type { Dated } from "../journal/dated.js";

function zero(): KindCounts {
  return { total: 0, prep: 0, debrief: 0, daily: 0 };
}

function tally(list: readonly Dated[], into: KindCounts = zero()): KindCounts {
  for (const d of list) {
    into.total++;
    into[d.entry.kind]++;
  }
  return into;
}

/**
 * Entries in the period and the one before it, per kind, and per ISO week (Monday first) for
 * every week overlapping the period, empty weeks included. A week counts only its days inside
 * the period; `days` says how many those are.
 */
export function countEntries(view: JournalView): Counts {
  const weekly: WeekCounts[] = view.weeks.map((week, i) => ({ week, days: view.weekDays[i]!, ...zero() }));
  for (const d of view.current) {
    const w = weekly[view.weekOf(d.day)]!;
    w.total++;
    w[d.entry.kind]++;
  }
  return { ...tally(view.current), previous: tally(view.previous), weekly, tags: tagCounts(view.current) };
}

/** Entries per tag, most used first, then by name. */
function tagCounts(list: readonly Dated[]): TagCount[] {
  const n = new Map<string, number>();
  for (const d of list) for (const tag of d.entry.tags ?? []) n.set(tag, (n.get(tag) ?? 0) + 1);
  return [...n].map(([tag, count]) => ({ tag, n: count })).sort((a, b) => b.n - a.n || (a.tag < b.tag ? -1 : 1));
}
