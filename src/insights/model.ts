/**
 * The summary model: what `summarize` returns and every renderer (text, Markdown, HTML, JSON)
 * reads. Plain, JSON-serialisable data. Every figure carries the number of entries it rests on
 * (`n`); an average or a share over nothing is `null`, never NaN. Averages and shares are rounded
 * to 2 decimals. Shares are 0..1. Days are YYYY-MM-DD; a `week` is the Monday it starts on.
 */

import type { Problem } from "../data/invalid-file.js";
import type { Phase } from "../exercises/phases.js";
import type { Channels } from "./channels.js";
import type { EndedStreak } from "./streak.js";

export type Direction = "up" | "down" | "flat";

export interface Trend {
  /** Current minus previous average (rounded). */
  delta: number;
  direction: Direction;
}

/** Why a trend is not shown: one of the two periods rests on fewer than the minimum sample. */
export type TrendNote = "too-few" | null;

export interface Mean {
  average: number | null;
  n: number;
}

/** A measured average in the period, the one before it, and the trend between them. */
export interface Metric extends Mean {
  previous: Mean;
  trend: Trend | null;
  trendNote: TrendNote;
}

export interface PeriodInfo {
  since: string;
  until: string;
  days: number;
  previous: { since: string; until: string };
}

export interface KindCounts {
  total: number;
  prep: number;
  debrief: number;
  daily: number;
}

export interface WeekCounts extends KindCounts {
  week: string;
  /** Days of this week that lie inside the period (the first and last week can be partial). */
  days: number;
}

export interface Counts extends KindCounts {
  previous: KindCounts;
  weekly: WeekCounts[];
  /** Entries of the period per tag, most used first. */
  tags: TagCount[];
}

export interface TagCount {
  tag: string;
  n: number;
}

/** One day of the habit calendar. */
export interface CalendarDay {
  day: string;
  /** Entries of any kind written that day. */
  count: number;
  /** A daily reflection was written that day. */
  daily: boolean;
  /** After `until`: not yet lived, nothing to show. */
  future?: true;
}

export interface Habit {
  current: number;
  longest: number;
  doneToday: boolean;
  /** The most recent run, when none is alive today. */
  ended: EndedStreak | null;
  /** Days in the period with a daily reflection, and working days in the period (per the rules). */
  dailyDays: number;
  /** Of `dailyDays`: those on working days, and those on days off (extra, never required). */
  dailyOnWorkdays: number;
  extraDays: number;
  workdays: number;
  previous: { dailyDays: number; workdays: number };
  /**
   * The 12 weeks ending with the week of `until`: a flat list of 84 days, Monday first, oldest
   * week first (`calendar[w * 7 + d]` is weekday d of week w); days after `until` are `future`.
   */
  calendar: CalendarDay[];
}

export interface WeekMean extends Mean {
  week: string;
}

export interface RatingStat extends Metric {
  id: string;
  /** The step's prompt in the summary's language. */
  label: string;
  min: number;
  max: number;
  weekly: WeekMean[];
}

export interface Weakest {
  id: string;
  label: string;
  average: number;
  n: number;
  tip: string | null;
}

export interface Ratings {
  /** Values a trend (in each period) and the weakest skill need at least. */
  minSample: number;
  /** Keyed by step id, in the exercise's order. */
  skills: Record<string, RatingStat>;
  /** The lowest average (relative to its scale) among skills resting on the minimum sample. */
  weakest: Weakest | null;
  /** Ratings of the period outside their step's scale (edited by hand): left out of every figure. */
  outOfScale: { entry: string; step: string }[];
}

export interface PickCount {
  id: string;
  /** The menu label in the summary's language, or the free word itself. */
  label: string;
  count: number;
  /** Whether the pick is on the menu (free words are kept and counted too). */
  menu: boolean;
}

export interface EmotionCount extends PickCount {
  /** null for a free word, whose tone is unknown. */
  tone: "pleasant" | "unpleasant" | null;
}

export interface PickStats<C extends PickCount = PickCount> {
  /** Every pick of the period, most frequent first. */
  top: C[];
  /** Different picks: the variety of the vocabulary. */
  distinct: number;
  /** All picks counted (one per debrief and item). */
  picks: number;
  /** Debriefs that answered the step. */
  n: number;
  previous: { distinct: number; picks: number; n: number };
}

export interface EmotionStats extends PickStats<EmotionCount> {
  /** Unpleasant picks among the picks with a known tone (menu picks); null when there are none. */
  unpleasantShare: number | null;
  /** Menu picks behind the share. */
  toned: number;
  previousUnpleasant: { share: number | null; toned: number };
}

/** The measured closeness of a prep's guess on the self-score's scale: 0 different, 1 similar, 2 the same. */
export type MeasuredClass = 0 | 1 | 2;

export interface AccuracyItem {
  debrief: string;
  prep: string;
  day: string;
  customer: string | null;
  /** Jaccard overlap of expected and observed menu picks; null when both are empty or the prep is missing. */
  emotionsOverlap: number | null;
  needsOverlap: number | null;
  /** The overlap of emotions and needs together, which the measured class is drawn from. */
  overlap: number | null;
  measured: MeasuredClass | null;
  /** The salesperson's own 0/1/2 score; null when not given. */
  selfScore: number | null;
}

/** Self-scores against measured classes, over linked debriefs that have both. */
export interface Agreement {
  n: number;
  /** Self-score equal to the measured class. */
  agree: number;
  /** Self-score above the measured class (rated their reading higher than it shows). */
  over: number;
  under: number;
  /** agree / n; null when n is 0. */
  share: number | null;
}

/**
 * What may be said: too few linked debriefs to tell, a lean to one side (the sign test), or none.
 */
export type AccuracyClaim = "too-few" | "higher" | "lower" | "no-lean";

export interface Accuracy {
  /** Debriefs of the period linked to a prep, newest first. */
  items: AccuracyItem[];
  /** The agreement of the period, the claim it supports, and its trend in points. */
  agreement: Agreement & { claim: AccuracyClaim; previous: Agreement; trend: Trend | null; trendNote: TrendNote };
  /** Raw overlaps per menu (0..1), for those who want them. */
  emotions: Metric;
  needs: Metric;
  /** On the 0..2 scale. */
  selfScore: Metric;
}

export interface Share {
  /** How many qualify (e.g. preps) … */
  n: number;
  /** … and how many of them did it (e.g. got a debrief). */
  count: number;
  share: number | null;
}

export interface FollowThrough {
  /** Preps of the period that got a debrief. */
  debriefed: Share;
  /** Debriefs of the period that answered the feedback question, and how many asked for it. */
  feedback: Share;
  previous: { debriefed: Share; feedback: Share };
}

export interface OverdueAction {
  id: string;
  text: string;
  due: string;
  entry: string;
  customer: string | null;
}

export interface Actions {
  total: number;
  /** Not done, overdue ones included. */
  open: number;
  overdue: number;
  done: number;
  /** Done on a day inside the period (known only when the action records when). */
  doneInPeriod: number;
  /** Overdue actions, longest overdue first. */
  overdueList: OverdueAction[];
}

export interface CustomerPick {
  id: string;
  label: string;
  /** Debriefs of this customer (over all time) that picked it; at least 2. */
  count: number;
}

export interface CustomerStat {
  /** The most recent spelling. */
  name: string;
  /** Calls in the period: debriefs (a debrief's linked prep is part of its call). */
  calls: number;
  /** Preps in the period. */
  preps: number;
  /** Preps of the period that no debrief links to yet: prepared, not yet debriefed. */
  waiting: number;
  lastContact: string;
  recurringEmotions: CustomerPick[];
  recurringNeeds: CustomerPick[];
  openActions: number;
}

export interface Moment {
  entry: string;
  day: string;
  kind: Phase;
  customer: string | null;
  text: string;
}

export interface Moments {
  good: Moment[];
  difficult: Moment[];
  /** The quick debrief's one moment worth sharing, which does not say whether it was good or hard. */
  shared: Moment[];
}

/** A skipped journal file, as the reader reported it. */
export interface InvalidInfo {
  path: string;
  line?: number;
  /** What kind of problem (not-yaml, schema, …). */
  problem: Problem;
  reason: string;
}

export interface Summary {
  period: PeriodInfo;
  counts: Counts;
  habit: Habit;
  ratings: Ratings;
  emotions: EmotionStats;
  needs: PickStats;
  accuracy: Accuracy;
  followThrough: FollowThrough;
  actions: Actions;
  customers: CustomerStat[];
  moments: Moments;
  intentions: Intentions;
  channels: Channels;
  invalid: InvalidInfo[];
}

// ── Quick flows: yesterday's intention, asked at the start of each daily ──

export interface IntentionCounts {
  /** Dailies that answered "did you?" about the day before's intention … */
  n: number;
  /** … and how: yes, partly, no. */
  yes: number;
  partly: number;
  no: number;
}

export interface Intentions extends IntentionCounts {
  previous: IntentionCounts;
}
