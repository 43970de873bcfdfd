import { dayNumber, dayString, weekdayOf } from "./day-number.js";

export interface StreakRules {
  /** Working days, 1 = Monday … 7 = Sunday: only a missed working day can break a streak. */
  workdays: readonly number[];
  /** How many missed working days in a row are forgiven (a day without calls, a day off). */
  graceDays: number;
}

export const DEFAULT_RULES: StreakRules = { workdays: [1, 2, 3, 4, 5], graceDays: 0 };

/** The last run, when it is over: how long it was and the working day that ended it. */
export interface EndedStreak {
  length: number;
  /** The last day of the run with a reflection. */
  lastDay: string;
  /** The missed working day that went past the grace. */
  endedOn: string;
}

export interface Streak {
  /** Days with a reflection in the run that is still alive today. */
  current: number;
  longest: number;
  doneToday: boolean;
  /** Set when no run is alive today but one was before: the most recent run. */
  ended: EndedStreak | null;
}

/**
 * Streaks of days with a daily reflection. A run is broken only by more than `graceDays` missed
 * working days in a row; weekends (non-working days) never break it, and a reflection made on one
 * still counts. Today does not break a run before the day is over.
 */
export function streaks(days: Iterable<string>, today: string, rules: StreakRules = DEFAULT_RULES): Streak {
  // Day numbers instead of date strings: a journal of years walks thousands of days.
  const last = dayNumber(today);
  const done = new Set<number>();
  for (const d of days) if (d <= today) done.add(dayNumber(d));
  const doneToday = done.has(last);
  if (done.size === 0) return { current: 0, longest: 0, doneToday, ended: null };
  let first = last;
  for (const d of done) if (d < first) first = d;
  const workday = [0, 1, 2, 3, 4, 5, 6].map((wd) => rules.workdays.includes(wd + 1));

  let run = 0;
  let missed = 0;
  let longest = 0;
  let lastDone = first;
  let ended: { length: number; lastDay: number; endedOn: number } | null = null;
  for (let d = first; d <= last; d++) {
    if (done.has(d)) {
      run++;
      missed = 0;
      lastDone = d;
      longest = Math.max(longest, run);
    } else if (d !== last && workday[weekdayOf(d)]) {
      missed++;
      if (missed > rules.graceDays && run > 0) {
        ended = { length: run, lastDay: lastDone, endedOn: d };
        run = 0;
      }
    }
  }
  return {
    current: run,
    longest,
    doneToday,
    ended: run === 0 && ended ? { length: ended.length, lastDay: dayString(ended.lastDay), endedOn: dayString(ended.endedOn) } : null,
  };
}
