import { STEP } from "../exercises/conventions.js";
import type { Menus } from "../exercises/load.js";
import { flattenMenu, type MenuEntry } from "../exercises/menus.js";
import type { Lang } from "../i18n/lang.js";
import type { EmotionCount, EmotionStats, PickCount, PickStats } from "./model.js";
import type { JournalView } from "./journal-view.js";
import { picksOf, type Dated } from "../journal/dated.js";
import type { PickTally } from "../journal/month-digest.js";

/**
 * Counting menu picks. A pick that is a menu id counts under that id; a free word ("other")
 * counts under itself, case and spacing aside, labelled with the spelling first seen.
 */
export class PickCounter {
  readonly counts = new Map<string, { label: string; count: number; entry?: MenuEntry }>();
  picks = 0;
  n = 0;

  constructor(
    private readonly menu: ReadonlyMap<string, MenuEntry>,
    private readonly lang: Lang,
  ) {}

  /** Adds one answer's picks (already free of repeats). */
  add(picks: readonly string[]): void {
    this.n++;
    for (const p of picks) this.addOne(p);
  }

  /** Adds picks counted elsewhere (see journal/month-digest.ts), as if their answers were added one by one. */
  addTally(t: PickTally): void {
    this.n += t.answers;
    // A pick counted at once, not once per answer: a customer's months of tallies come to thousands.
    for (const [p, count] of t.picks) if (count > 0) this.addOne(p, count);
  }

  /** Adds a pick `times` times. */
  addOne(p: string, times = 1): void {
    const entry = this.menu.get(p);
    const key = entry ? p : `~${p.toLowerCase().replace(/\s+/g, " ")}`;
    const c = this.counts.get(key);
    if (c) c.count += times;
    else this.counts.set(key, { label: entry ? entry.label[this.lang] : p, count: times, ...(entry && { entry }) });
    this.picks += times;
  }

  /** Most frequent first; ties in menu order, free words after menu picks, then alphabetically. */
  sorted(): { id: string; label: string; count: number; entry?: MenuEntry }[] {
    const order = new Map([...this.menu.keys()].map((k, i) => [k, i]));
    return [...this.counts.entries()]
      .map(([key, c]) => ({ id: c.entry ? key : c.label, ...c, rank: order.get(key) ?? Infinity }))
      .sort((a, b) => b.count - a.count || a.rank - b.rank || a.label.localeCompare(b.label))
      .map(({ rank: _rank, ...c }) => c);
  }
}

export function menuIndex(menus: Menus, which: "emotions" | "needs"): Map<string, MenuEntry> {
  return new Map(flattenMenu(menus, which).map((m) => [m.id, m]));
}

function count(list: readonly Dated[], step: string, menu: ReadonlyMap<string, MenuEntry>, lang: Lang): PickCounter {
  const c = new PickCounter(menu, lang);
  for (const d of list) {
    if (d.entry.kind !== "debrief") continue;
    const p = picksOf(d, step);
    if (p !== undefined) c.add(p);
  }
  return c;
}

function base(cur: PickCounter, prev: PickCounter) {
  return { distinct: cur.counts.size, picks: cur.picks, n: cur.n, previous: { distinct: prev.counts.size, picks: prev.picks, n: prev.n } };
}

/** Needs the customer had, as observed in the period's debriefs. */
export function needStats(view: JournalView, menus: Menus, lang: Lang): PickStats {
  const menu = menuIndex(menus, "needs");
  const cur = count(view.current, STEP.observedNeeds, menu, lang);
  const prev = count(view.previous, STEP.observedNeeds, menu, lang);
  const top: PickCount[] = cur.sorted().map((c) => ({ id: c.id, label: c.label, count: c.count, menu: c.entry !== undefined }));
  return { top, ...base(cur, prev) };
}

function unpleasant(c: PickCounter): { share: number | null; toned: number } {
  let toned = 0;
  let bad = 0;
  for (const v of c.counts.values()) {
    if (!v.entry?.tone) continue;
    toned += v.count;
    if (v.entry.tone === "unpleasant") bad += v.count;
  }
  return { share: toned === 0 ? null : bad / toned, toned };
}

/**
 * Emotions recognised in the period's debriefs: most frequent first, the variety of the
 * vocabulary (seed 000: a varied emotion menu) and the share of unpleasant ones (recognising
 * negative emotions).
 */
export function emotionStats(view: JournalView, menus: Menus, lang: Lang): EmotionStats {
  const menu = menuIndex(menus, "emotions");
  const cur = count(view.current, STEP.observedEmotions, menu, lang);
  const prev = count(view.previous, STEP.observedEmotions, menu, lang);
  const top: EmotionCount[] = cur
    .sorted()
    .map((c) => ({ id: c.id, label: c.label, count: c.count, menu: c.entry !== undefined, tone: c.entry?.tone ?? null }));
  const u = unpleasant(cur);
  return { top, ...base(cur, prev), unpleasantShare: u.share, toned: u.toned, previousUnpleasant: unpleasant(prev) };
}
