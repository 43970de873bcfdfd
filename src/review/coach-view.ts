import { addDays, daysBetween, dayOf } from "../dates.js";
import type { Lang } from "../i18n/lang.js";
import { skillName, t } from "../i18n/index.js";
import type { Mean, Metric, Moment, OverdueAction, Summary, Weakest } from "../insights/model.js";
import type { Entry } from "../journal/entry.js";
import { flaggedCalls, type DescribeAnswer, type FlaggedCall } from "./flagged.js";

export interface Stall {
  /** First and last day without any entry; `days` long. */
  from: string;
  to: string;
  days: number;
}

/** What a coach looks for in one trainee's period, beside the summary itself. */
export interface CoachView {
  flagged: FlaggedCall[];
  difficult: Moment[];
  good: Moment[];
  /** The quick debrief's one moment worth sharing, good or difficult as the trainee saw it. */
  shared: Moment[];
  weakest: (Weakest & { previous: Mean; trend: Metric["trend"]; trendNote: Metric["trendNote"] }) | null;
  /** Own scores against measured classes, and the claim they support (README: Figures). */
  accuracy: Summary["accuracy"]["agreement"];
  stalls: Stall[];
  overdue: OverdueAction[];
  openers: string[];
}

/**
 * The entries of a period, oldest first. Entries come in time order, so the walk starts at the
 * newest and stops a day before the period (a margin for entries written in other UTC offsets):
 * a review of years of journal looks at weeks of it. ISO times compare as text.
 */
function periodEntries(entries: readonly Entry[], since: string, until: string): Entry[] {
  const end = addDays(until, 1);
  const stop = addDays(since, -1);
  const found: Entry[] = [];
  for (let i = entries.length - 1; i >= 0 && entries[i]!.createdAt >= stop; i--) {
    const at = entries[i]!.createdAt;
    if (at >= since && at < end) found.push(entries[i]!);
  }
  return found.reverse();
}

/** Runs of at least `minDays` days inside the period with no entry at all. */
export function habitStalls(entries: readonly Entry[], since: string, until: string, minDays = 7): Stall[] {
  const days = [...new Set(entries.map((e) => dayOf(e.createdAt)))].filter((d) => d >= since && d <= until).sort();
  const stalls: Stall[] = [];
  let previous = addDays(since, -1);
  for (const day of [...days, addDays(until, 1)]) {
    const gap = daysBetween(previous, day) - 1;
    if (gap >= minDays) stalls.push({ from: addDays(previous, 1), to: addDays(day, -1), days: gap });
    previous = day;
  }
  return stalls;
}

/**
 * Three openers for the conversation, drawn from the exercise content and the seeds: the weakest
 * skill with its tip, a difficult case for "what would you do?", a good moment to start from, the
 * gap between self-score and accuracy, a pause in the habit — then the reflection questions.
 */
function openers(v: Omit<CoachView, "openers">, lang: Lang): string[] {
  const m = t(lang).review.openers;
  const list: string[] = [];
  if (v.good[0]) list.push(m.good(v.good[0].text));
  if (v.weakest) list.push(m.weakest(skillName(v.weakest, lang), v.weakest.tip));
  if (v.difficult[0]) list.push(m.difficult(v.difficult[0].day, v.difficult[0].customer));
  if (v.accuracy.claim === "higher") list.push(m.gap);
  if (v.flagged[0]) list.push(m.flagged(v.flagged[0].day, v.flagged[0].customer));
  if (v.stalls[0]) list.push(m.stall(v.stalls[0].days));
  list.push(...m.fallback);
  return list.slice(0, 3);
}

const maxDay = (a: string, b: string) => (a > b ? a : b);

/**
 * The coach's view of a period; `describe` puts a flagged call's answers in words (menu labels).
 * `first`: the time of the journal's first entry, when `entries` leave out the months before the
 * window (see journal/month-digest.ts).
 */
export function coachView(summary: Summary, entries: readonly Entry[], lang: Lang, describe?: DescribeAnswer, first = entries[0]?.createdAt): CoachView {
  const { since, until } = summary.period;
  const inPeriod = periodEntries(entries, since, until);
  const weakest = summary.ratings.weakest;
  const skill = weakest ? summary.ratings.skills[weakest.id] : undefined;
  const view: Omit<CoachView, "openers"> = {
    flagged: flaggedCalls(inPeriod, describe),
    difficult: summary.moments.difficult,
    good: summary.moments.good,
    shared: summary.moments.shared,
    weakest: weakest && skill ? { ...weakest, previous: skill.previous, trend: skill.trend, trendNote: skill.trendNote } : null,
    accuracy: summary.accuracy.agreement,
    // A pause is counted from the first entry: a trainee who just started has not paused.
    stalls: first !== undefined ? habitStalls(inPeriod, maxDay(since, dayOf(first)), until) : [],
    overdue: summary.actions.overdueList,
  };
  return { ...view, openers: openers(view, lang) };
}
