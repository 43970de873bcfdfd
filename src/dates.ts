/** Calendar helpers. A "day" is a local calendar date written YYYY-MM-DD. */

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** ISO 8601 in local time with its UTC offset, e.g. 2026-11-24T10:30:12+01:00. */
export function localIso(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  const abs = Math.abs(off);
  return (
    `${localDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The local day an ISO time with offset was written on: its own wall-clock date. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

export function isValidDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Day arithmetic on YYYY-MM-DD strings, immune to daylight-saving shifts. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function daysBetween(from: string, to: string): number {
  const ms = (s: string) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The Monday of the week a day falls in. */
export function weekStart(day: string): string {
  return addDays(day, -weekday(day));
}

/**
 * Parses a moment given on the command line: `YYYY-MM-DD`, `YYYY-MM-DD HH:mm`,
 * `YYYY-MM-DDTHH:mm[:ss]` with an optional offset. A day without a time means noon, so a late
 * entry lands on that day whatever the offset. Returns undefined when it is not a real moment.
 */
export function parseMoment(input: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(input.trim());
  if (!m || !isValidDay(m[1]!)) return undefined;
  const [y, mo, d] = m[1]!.split("-").map(Number) as [number, number, number];
  if (m[2] === undefined) return new Date(y, mo - 1, d, 12, 0, 0);
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  if (m[5] === undefined) return new Date(y, mo - 1, d, h, mi, s);
  const off = m[5] === "Z" ? "Z" : m[5].includes(":") ? m[5] : `${m[5].slice(0, 3)}:${m[5].slice(3)}`;
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${pad(s)}${off}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * A day given on the command line: `YYYY-MM-DD`, `today`, `yesterday`, or a span back from
 * `today` such as `30d`, `12w`, `6m` or `1y`. Undefined when it is none of these.
 */
export function parseDay(input: string, today: string): string | undefined {
  const v = input.trim().toLowerCase();
  if (isValidDay(v)) return v;
  if (v === "today" || v === "vandaag") return today;
  if (v === "yesterday" || v === "gisteren") return addDays(today, -1);
  const m = /^(\d{1,4})([dwmy])$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2] === "d") return addDays(today, -n);
  if (m[2] === "w") return addDays(today, -7 * n);
  const [y, mo, d] = today.split("-").map(Number) as [number, number, number];
  const months = m[2] === "m" ? n : 12 * n;
  const t = new Date(Date.UTC(y, mo - 1 - months, 1));
  // The same day of the month, or the month's last day when it has fewer days.
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(Math.min(d, last))}`;
}
