/**
 * The version of every JSON report's shape (summary, review, share, status, done, note, where),
 * given as its `schema` key. Raised only when a key changes meaning or goes; new keys keep it.
 */
export const REPORT_SCHEMA = 1;

/** A report with its schema version first. */
export function versioned<T extends object>(report: T): { schema: number } & T {
  return { schema: REPORT_SCHEMA, ...report };
}

/** Rounded to 2 decimals; -0 becomes 0 so that JSON never shows "-0". */
function round2(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r;
}

/**
 * A summary or review as JSON, its figures to 2 decimals. The model keeps them unrounded, so that
 * the text, which shows one decimal, rounds only once (a true 2.447 is 2.4, not 2.45 then 2.5).
 */
export function reportJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? round2(v) : v), 2);
}
