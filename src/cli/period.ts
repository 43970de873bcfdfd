import { addDays, localDay, parseDay } from "../dates.js";
import { UsageError } from "../errors.js";
import { t } from "../i18n/index.js";

const SPAN = /^\d{1,4}[dwmy]$/i;

/**
 * The period of a report from `--since` and `--until`. `--until` (default today) also fixes
 * "today"; `--since` is a day, or a span such as `30d`, `12w`, `6m` that ends on `--until`
 * (`30d` is thirty days, today included). The default is the last 30 days.
 */
export function reportPeriod(opts: { since?: string; until?: string }, now: Date): { since: string; until: string } {
  const today = localDay(now);
  const until = opts.until === undefined ? today : parseDay(opts.until, today);
  if (!until || SPAN.test(opts.until ?? "")) throw new UsageError(t().errors.badUntil(opts.until ?? ""));
  const since = dayOption("since", opts.since ?? "30d", until);
  checkOrder(since, until);
  return { since, until };
}

/**
 * A day given with `--NAME`: a date, today, yesterday, or a span back from `from`. As the start
 * of a period a span counts `from` itself: `--since 30d` is thirty days, today included.
 */
export function dayOption(name: string, value: string, from: string): string {
  const day = parseDay(value, from);
  // A span of nothing (`0d`) is no period at all.
  if (!day || day < "1970-01-01" || (name === "since" && /^0+[dwmy]$/i.test(value.trim()))) throw new UsageError(t().errors.badDay(name, value));
  return name === "since" && SPAN.test(value.trim()) ? addDays(day, 1) : day;
}

export function checkOrder(since: string, until: string): void {
  if (since > until) throw new UsageError(t().errors.sinceAfterUntil(since, until));
}
