import type { Direction, Mean, Metric, Share, Trend, TrendNote } from "./model.js";

/**
 * A running sum: add values, read the mean. Never NaN: an empty mean is null. Figures stay
 * unrounded in the model: the renderers round them once, to what they show.
 */
export class Acc {
  sum = 0;
  n = 0;
  add(x: number): void {
    this.sum += x;
    this.n++;
  }
  get average(): number | null {
    return this.n === 0 ? null : this.sum / this.n;
  }
  /** An accumulator already holding `n` values that add up to `sum` (a count of hits, say). */
  static of(sum: number, n: number): Acc {
    return Object.assign(new Acc(), { sum, n });
  }
  mean(): Mean {
    const a = this.average;
    return { average: a, n: this.n };
  }
}

/**
 * The trend from the previous period to this one, shown only when both rest on at least
 * `minSample` values. Changes smaller than `flat` (in the metric's own unit) count as flat.
 */
export function trend(cur: Acc, prev: Acc, minSample: number, flat: number): { trend: Trend | null; trendNote: TrendNote } {
  const a = cur.average;
  const b = prev.average;
  if (a === null || b === null || cur.n < minSample || prev.n < minSample) return { trend: null, trendNote: "too-few" };
  const delta = a - b;
  // Float error aside (4.6 - 4.5 is 0.0999…): a change shown as the threshold is not flat.
  const direction: Direction = Math.abs(a - b) < flat - 1e-9 ? "flat" : a > b ? "up" : "down";
  return { trend: { delta, direction }, trendNote: null };
}

export function metric(cur: Acc, prev: Acc, minSample: number, flat: number): Metric {
  return { ...cur.mean(), previous: prev.mean(), ...trend(cur, prev, minSample, flat) };
}

export function share(count: number, n: number): Share {
  return { n, count, share: n === 0 ? null : count / n };
}

/** Jaccard overlap |A∩B| / |A∪B|; null when both are empty (nothing to compare). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null {
  if (a.size === 0 && b.size === 0) return null;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/**
 * The two-sided sign test: how likely a split at least this uneven is when either side is
 * equally likely (ties are left out before). 1 when there is nothing to test.
 */
export function signTest(a: number, b: number): number {
  const k = a + b;
  if (k === 0) return 1;
  const hi = Math.max(a, b);
  let tail = 0;
  let c = 1; // C(k, 0)
  for (let i = 0; i <= k; i++) {
    if (i >= hi) tail += c;
    c = (c * (k - i)) / (i + 1);
  }
  return Math.min(1, (2 * tail) / 2 ** k);
}
