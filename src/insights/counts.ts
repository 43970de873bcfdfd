import type { Counts, KindCounts, WeekCounts } from "./model.js";
import type { Dated, JournalView } from "./journal-view.js";

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
  return { ...tally(view.current), previous: tally(view.previous), weekly };
}
