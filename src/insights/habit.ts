import { addDays } from "../dates.js";
import { countWorkdays, dayNumber, weekdayOf } from "./day-number.js";
import type { CalendarDay, Habit } from "./model.js";
import { calendarStart, CALENDAR_WEEKS, type JournalView } from "./journal-view.js";
import { streaks, type StreakRules } from "./streak.js";

/**
 * The daily habit: streaks over every daily reflection up to `until` (through `streaks`, so
 * weekends and the grace work the same as on the home screen), reflection days against working
 * days in the period and the one before (a reflection on a day off is an extra day, not a working
 * day), and a 12-week calendar of entries per day.
 */
export function habit(view: JournalView, rules: StreakRules): Habit {
  const { period } = view;
  // The months before the window only add streak days: none is in a period or the calendar.
  const dailyDays: string[] = view.earlier ? view.earlier.digests.flatMap((d) => d.daily) : [];
  const perDay = new Map<string, { count: number; daily: boolean }>();
  const calStart = calendarStart(period.until);
  for (const d of view.all) {
    if (d.entry.kind === "daily") dailyDays.push(d.day);
    if (d.day < calStart) continue;
    const cell = perDay.get(d.day) ?? { count: 0, daily: false };
    cell.count++;
    if (d.entry.kind === "daily") cell.daily = true;
    perDay.set(d.day, cell);
  }
  const s = streaks(dailyDays, period.until, rules);

  const cur = new Set<string>();
  const prev = new Set<string>();
  for (const day of dailyDays) {
    if (day >= period.since) cur.add(day);
    else if (day >= period.previous.since) prev.add(day);
  }
  const isWorkday = (day: string) => rules.workdays.includes(weekdayOf(dayNumber(day)) + 1);
  let onWorkdays = 0;
  for (const day of cur) if (isWorkday(day)) onWorkdays++;

  const calendar: CalendarDay[] = [];
  for (let i = 0, day = calStart; i < CALENDAR_WEEKS * 7; i++, day = addDays(day, 1)) {
    const cell = perDay.get(day);
    calendar.push({ day, count: cell?.count ?? 0, daily: cell?.daily ?? false, ...(day > period.until && { future: true as const }) });
  }

  return {
    current: s.current,
    longest: s.longest,
    doneToday: s.doneToday,
    ended: s.ended,
    dailyDays: cur.size,
    dailyOnWorkdays: onWorkdays,
    extraDays: cur.size - onWorkdays,
    workdays: countWorkdays(dayNumber(period.since), dayNumber(period.until), rules.workdays),
    previous: {
      dailyDays: prev.size,
      workdays: countWorkdays(dayNumber(period.previous.since), dayNumber(period.previous.until), rules.workdays),
    },
    calendar,
  };
}
