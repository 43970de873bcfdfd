/**
 * Days as integers, by arithmetic on the YYYY-MM-DD string: no Date objects, so it can run for
 * every entry. (The civil-from-days algorithm of H. Hinnant, proleptic Gregorian calendar.)
 */
export function dayNumber(day: string): number {
  let y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468; // 0 = 1970-01-01
}

/** 0 = Monday … 6 = Sunday, from a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNo: number): number {
  return (((dayNo + 3) % 7) + 7) % 7;
}

/** Working days (1 = Monday … 7 = Sunday) in an inclusive range of day numbers, without a loop over the days. */
export function countWorkdays(from: number, to: number, workdays: readonly number[]): number {
  if (to < from) return 0;
  const total = to - from + 1;
  const set = new Set(workdays);
  let n = Math.floor(total / 7) * set.size;
  for (let i = 0, wd = weekdayOf(from); i < total % 7; i++, wd = (wd + 1) % 7) if (set.has(wd + 1)) n++;
  return n;
}

/** The YYYY-MM-DD of a day number: the inverse of `dayNumber` (Hinnant's days-from-civil). */
export function dayString(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
