import { addDays, localDay, parseDay } from "../dates.js";
import { UserError } from "../errors.js";

const SPAN = /^\d{1,4}[dwmy]$/i;

/**
 * The period of a report from `--since` and `--until`. `--until` (default today) also fixes
 * "today"; `--since` is a day, or a span such as `30d`, `12w`, `6m` that ends on `--until`
 * (`30d` is thirty days, today included). The default is the last 30 days.
 */
export function reportPeriod(opts: { since?: string; until?: string }, now: Date): { since: string; until: string } {
  const today = localDay(now);
  const until = opts.until === undefined ? today : parseDay(opts.until, today);
  if (!until || SPAN.test(opts.until ?? "")) throw new UserError(`--until "${opts.until}": use a date YYYY-MM-DD, today or yesterday`);
  const sinceValue = opts.since ?? "30d";
  const back = parseDay(sinceValue, until);
  if (!back) throw new UserError(`--since "${sinceValue}": use a date YYYY-MM-DD or a span such as 30d, 12w, 6m`);
  const since = SPAN.test(sinceValue) ? addDays(back, 1) : back;
  if (since > until) throw new UserError(`--since ${since} lies after --until ${until}`);
  return { since, until };
}
