import type { Lang } from "../i18n/lang.js";
import { skillName, t } from "../i18n/index.js";
import type { Accuracy, Metric, PickCount, PickStats, RatingStat, Share, Summary, TagCount, Trend } from "../insights/model.js";
import { bar, heatMap, sparkline, trendArrow } from "./charts.js";
import { clip, padEnd, padStart, safe, safeLine, textWidth, wrap } from "../data/safe-text.js";
import { style } from "./style.js";
import { CHANNELS } from "../insights/channels.js";

/** The report fits this many columns; every line is laid out in plain text first, then coloured. */
export const WIDTH = 80;
/** At most this many weeks in a sparkline (the most recent ones). */
export const SPARK_WEEKS = 16;

/** Number formats shared by the summary renderers: decimal comma in Dutch, no NaN ever. */
export const fmt = {
  num(x: number | null, digits: number, lang: Lang): string {
    if (x === null || !Number.isFinite(x)) return "–";
    // Never "-0.0": a figure that rounds to nothing has no sign.
    const s = (Number(x.toFixed(digits)) === 0 ? 0 : x).toFixed(digits);
    return lang === "nl" ? s.replace(".", ",") : s;
  },
  pct(x: number | null): string {
    return x === null || !Number.isFinite(x) ? "–" : `${Math.round(x * 100)}%`;
  },
  signed(x: number, digits: number, lang: Lang): string {
    const s = fmt.num(Math.abs(x), digits, lang);
    return Number(Math.abs(x).toFixed(digits)) === 0 ? s : `${x > 0 ? "+" : "-"}${s}`;
  },
  /** A change of a share (0..1) in percentage points: "+8 pt", never "+8%". */
  points(delta: number, lang: Lang): string {
    return t(lang).summary.points(fmt.signed(delta * 100, 0, lang));
  },
  /** A trend's change: points for shares, the figure's own unit otherwise. */
  delta(tr: Trend, asShare: boolean, lang: Lang): string {
    return asShare ? fmt.points(tr.delta, lang) : fmt.signed(tr.delta, 1, lang);
  },
  /** Label of a skill: the tool's short name for a known step, else the step's prompt. */
  skill: skillName,
};

/** The ratings left out for being outside their scale, and where (the first three entries), or null. */
export function outOfScaleNote(s: Summary, lang: Lang): string | null {
  const list = s.ratings.outOfScale;
  if (list.length === 0) return null;
  const byEntry = new Map<string, string[]>();
  for (const x of list) byEntry.set(x.entry, [...(byEntry.get(x.entry) ?? []), x.step]);
  const where = [...byEntry].slice(0, 3).map(([entry, steps]) => `${entry} (${steps.join(", ")})`).join(", ") + (byEntry.size > 3 ? ", …" : "");
  return t(lang).summary.outOfScale(list.length, where);
}

/** User text on one line, made safe, clipped to fit. */
const user = (s: string, w: number) => clip(safeLine(s), w);
const heading = (s: string, extra?: string) => style.bold(s) + (extra ? style.dim(` · ${extra}`) : "");
const indentWrap = (s: string, indent = "  ") => wrap(s, WIDTH - indent.length).split("\n").map((l) => indent + l);

function trendText(tr: Trend | null, asPercent: boolean, room: number, lang: Lang): string {
  if (!tr) return style.dim(clip(t(lang).summary.tooFew, room));
  const text = `${trendArrow(tr.direction)} ${fmt.delta(tr, asPercent, lang)}`;
  return tr.direction === "up" ? style.green(text) : tr.direction === "down" ? style.red(text) : text;
}

function header(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const c = s.counts;
  const lines = [`${style.bold(m.title)}  ${m.period(s.period.since, s.period.until, s.period.days)}`];
  lines.push(style.dim(m.compared(s.period.previous.since, s.period.previous.until)));
  if (c.total === 0) return [...lines, "", m.empty];
  lines.push(`${style.bold(m.entries(c.total))} ${style.dim(`(${m.before(c.previous.total)})`)}`);
  lines.push(`${m.kinds.prep} ${c.prep} · ${m.kinds.debrief} ${c.debrief} · ${m.kinds.daily} ${c.daily}`);
  if (c.tags.length > 0) lines.push(clip(safeLine(`${m.tags}: ${tagList(c.tags)}`), WIDTH));
  const weeks = c.weekly.slice(-SPARK_WEEKS).map((w) => w.total);
  if (weeks.length > 1) lines.push(`${m.perWeek}  ${sparkline(weeks, 0, Math.max(...weeks))}  ${style.dim(`(${Math.min(...weeks)}–${Math.max(...weeks)})`)}`);
  const channels = channelText(s, lang);
  if (channels) lines.push(...indentWrap(channels, ""));
  return lines;
}

/** The streak in words: alive, ended (when and after how long), or not started. */
export function streakFact(h: Summary["habit"], lang: Lang): string {
  const m = t(lang).summary;
  if (h.current > 0) return m.streak(h.current);
  if (h.ended) return m.streakEnded(h.ended.length, h.ended.endedOn);
  return m.noStreak;
}

/** Reflection days of the period: on working days, and on days off as extra. */
export function dailyDaysFact(h: Summary["habit"], lang: Lang): string {
  return t(lang).summary.dailyDays(h.dailyOnWorkdays, h.workdays, h.extraDays);
}

/** "calls by channel: in person 3, phone 1, not recorded 2": channels with no calls left out; null without calls. */
export function channelText(s: Summary, lang: Lang): string | null {
  const m = t(lang).summary;
  const c = s.channels;
  if (c.calls === 0) return null;
  const parts = ([...CHANNELS, "unknown"] as const).filter((k) => c[k] > 0).map((k) => `${m.channelNames[k]} ${c[k]}`);
  return m.channels(parts.join(", "));
}

/** "yesterday's intention: kept 3, partly 1, not 1 (of 5 dailies)", for every format. */
export function intentionText(s: Summary, lang: Lang): string {
  const i = s.intentions;
  return t(lang).summary.intentions(i.yes, i.partly, i.no, i.n);
}

function habitLines(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const h = s.habit;
  const streak = `${h.current > 0 ? "★ " : ""}${streakFact(h, lang)}`;
  const longest = h.longest > h.current ? style.dim(` (${m.longest(h.longest)})`) : "";
  const today = h.doneToday ? style.green(`✓ ${m.doneToday}`) : style.yellow(`○ ${m.notToday}`);
  return [
    heading(m.habit),
    ...indentWrap(`${streak}${longest}`),
    `  ${today}`,
    ...indentWrap(dailyDaysFact(h, lang)),
    ...(s.intentions.n > 0 ? indentWrap(intentionText(s, lang)) : []),
    ...heatMap(h.calendar, m.weekdays).map((l) => `  ${l}`),
    style.dim(`  ${m.heatLegend}`),
  ];
}

/** The tags of a period with their counts, most used first: `renewal 3 · pricing 1`. */
export function tagList(tags: readonly TagCount[]): string {
  return tags.map((x) => `${x.tag} ${x.n}`).join(" · ");
}

const LABEL = 24;
const SPARK = SPARK_WEEKS;

function skillRow(r: RatingStat, lang: Lang): string {
  const spark = sparkline(r.weekly.slice(-SPARK).map((w) => w.average), r.min, r.max);
  const left = `  ${padEnd(clip(safeLine(fmt.skill(r, lang)), LABEL), LABEL)} ${padStart(fmt.num(r.average, 1, lang), 4)} ${padStart(String(r.n), 4)}  ${padEnd(spark, SPARK)}  `;
  return left + trendText(r.trend, false, WIDTH - textWidth(left), lang);
}

function ratingLines(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const skills = Object.values(s.ratings.skills);
  if (skills.length === 0) return [];
  const h = m.skillsHead;
  const lines = [
    heading(m.skills),
    style.dim(`  ${padEnd("", LABEL)} ${padStart(h.avg, 4)} ${padStart(h.n, 4)}  ${padEnd(h.weeks, SPARK)}  ${h.trend}`),
    ...skills.map((r) => skillRow(r, lang)),
  ];
  if (skills.some((r) => r.trend === null)) lines.push(...indentWrap(m.tooFewNote(s.ratings.minSample)).map((l) => style.dim(l)));
  const left = outOfScaleNote(s, lang);
  if (left) lines.push(...indentWrap(safe(left)).map((l) => style.yellow(l)));
  const w = s.ratings.weakest;
  if (w) {
    lines.push("", style.yellow(clip(`  ${m.weakest(safeLine(fmt.skill(w, lang)), fmt.num(w.average, 1, lang), w.n)}`, WIDTH)));
    if (w.tip) lines.push(...indentWrap(safe(w.tip), "    "));
  } else lines.push(...indentWrap(m.noWeakest(s.ratings.minSample)).map((l) => style.dim(l)));
  return lines;
}

function topList(items: readonly PickCount[], limit: number, colour?: (p: PickCount) => (x: string) => string): string[] {
  const top = items.slice(0, limit);
  const max = Math.max(0, ...top.map((p) => p.count));
  return top.map((p) => {
    const paint = colour?.(p) ?? ((x: string) => x);
    return `  ${padEnd(user(p.label, 20), 20)} ${paint(padEnd(bar(p.count, max, 24), 24))} ${padStart(String(p.count), 4)}`;
  });
}

function pickLines(title: string, p: PickStats, lang: Lang, limit: number, extra: string[] = [], colour?: Parameters<typeof topList>[2]): string[] {
  const m = t(lang).summary;
  const head = heading(title, m.debriefs(p.n));
  if (p.picks === 0) return [head, style.dim(`  ${m.noPicks}`)];
  const rest = p.top.length > limit ? [style.dim(`  ${m.more(p.top.length - limit)}`)] : [];
  return [head, ...topList(p.top, limit, colour), ...rest, `  ${m.variety(p.distinct, p.previous.distinct)}`, ...extra];
}

function emotionLines(s: Summary, lang: Lang): string[] {
  const e = s.emotions;
  const extra = e.toned > 0 ? [`  ${t(lang).summary.unpleasant(fmt.pct(e.unpleasantShare), e.toned)}`] : [];
  const tone = (p: PickCount) => ("tone" in p && p.tone === "unpleasant" ? style.magenta : style.cyan);
  return pickLines(t(lang).summary.emotions, e, lang, 8, extra, tone);
}

function metricRow(label: string, x: Metric, asPercent: boolean, lang: Lang): string {
  const value = asPercent ? fmt.pct(x.average) : fmt.num(x.average, 1, lang);
  const left = `  ${padEnd(clip(label, 30), 30)} ${padStart(value, 5)}  ${padEnd(`n ${x.n}`, 6)}  `;
  return left + trendText(x.trend, asPercent, WIDTH - textWidth(left), lang);
}

function accuracyLines(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const a = s.accuracy;
  if (a.items.length === 0) return [];
  return [
    heading(m.accuracy, m.accuracyBasis(a.items.length)),
    metricRow(m.agreement, agreementMetric(a), true, lang),
    ...indentWrap(claimSentence(a.agreement, s.ratings.minSample, lang)),
    metricRow(m.selfScore, a.selfScore, false, lang),
    metricRow(m.emotionsOverlap, a.emotions, true, lang),
    metricRow(m.needsOverlap, a.needs, true, lang),
    ...indentWrap(m.rawOverlaps).map((l) => style.dim(l)),
  ];
}

/** The agreement share as a figure like the others: its value, n and trend. */
export function agreementMetric(a: Accuracy): Metric {
  const g = a.agreement;
  return { average: g.share, n: g.n, previous: { average: g.previous.share, n: g.previous.n }, trend: g.trend, trendNote: g.trendNote };
}

/** What the own scores against the measured classes support, in words (README: Figures). */
export function claimSentence(g: Accuracy["agreement"], minSample: number, lang: Lang): string {
  const c = t(lang).summary.claim;
  return g.claim === "too-few" ? c["too-few"](g.n, minSample) : c[g.claim](g.over, g.under, g.n);
}

/** The follow-through figures as sentences (preps debriefed, feedback asked, actions), for any format. */
export function followThroughFacts(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const { debriefed, feedback } = s.followThrough;
  const a = s.actions;
  const ofShare = (x: Share) => (x.share === null ? "" : ` (${fmt.pct(x.share)})`);
  const facts: string[] = [];
  if (debriefed.n > 0) facts.push(`${m.prepsDebriefed(debriefed.count, debriefed.n)}${ofShare(debriefed)}`);
  if (feedback.n > 0) facts.push(`${m.feedbackAsked(feedback.count, feedback.n)}${ofShare(feedback)}`);
  if (a.total > 0) facts.push(m.actions(a.open, a.overdue, a.done, a.doneInPeriod));
  return facts;
}

function followLines(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const a = s.actions;
  const lines = [heading(m.followThrough), ...followThroughFacts(s, lang).map((f) => `  ${f}`)];
  for (const o of a.overdueList.slice(0, 5)) {
    const who = o.customer ? `  ${user(o.customer, 14)}` : "";
    lines.push(`    ${style.red("!")} ${padEnd(user(o.text, 34), 34)}  ${style.red(m.overdueSince(o.due))}${style.dim(who)}`);
  }
  if (a.overdueList.length > 5) lines.push(style.dim(`    ${m.more(a.overdueList.length - 5)}`));
  return lines.length > 1 ? lines : [];
}

function customerLines(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  if (s.customers.length === 0) return [];
  const lines = [heading(m.customers, String(s.customers.length))];
  for (const c of s.customers.slice(0, 8)) {
    const open = c.openActions > 0 ? `  ${m.openActions(c.openActions)}` : "";
    lines.push(`  ${padEnd(user(c.name, 24), 24)}  ${padEnd(m.calls(c.calls), 13)}  ${style.dim(m.last(c.lastContact))}${open}`);
    if (c.waiting > 0) lines.push(style.dim(`    ${m.waiting(c.waiting)}`));
    const rec = [c.recurringEmotions, c.recurringNeeds].filter((r) => r.length > 0).map((r) => r.map((p) => safeLine(p.label)).join(", "));
    if (rec.length > 0) lines.push(style.dim(clip(`    ${m.recurring}: ${rec.join(" · ")}`, WIDTH)));
  }
  if (s.customers.length > 8) lines.push(style.dim(`  ${m.more(s.customers.length - 8)}`));
  return lines;
}

function momentLines(title: string, list: Summary["moments"]["good"], lang: Lang): string[] {
  if (list.length === 0) return [];
  const more = list.length > 3 ? [style.dim(`  ${t(lang).summary.more(list.length - 3)}`)] : [];
  return [
    heading(title),
    ...list.slice(0, 3).map((x) => {
      const who = x.customer ? `${user(x.customer, 16)}: ` : "";
      const lead = `  ${x.day}  ${who}`;
      return style.dim(`  ${x.day}  `) + who + user(x.text, WIDTH - textWidth(lead));
    }),
    ...more,
  ];
}

/**
 * What a review shows in sections of its own (moments in the coach's view, skipped files under file
 * health), and so leaves out of the trainee's summary.
 */
export interface InReview {
  inReview?: boolean;
}

/** The summary as a compact terminal report of at most 80 columns; reads the same without colour. */
export function renderSummaryText(s: Summary, lang: Lang, { inReview = false }: InReview = {}): string {
  const m = t(lang).summary;
  const sections: string[][] = [header(s, lang)];
  if (s.counts.total > 0) {
    sections.push(habitLines(s, lang), ratingLines(s, lang), emotionLines(s, lang));
    sections.push(pickLines(m.needs, s.needs, lang, 6), accuracyLines(s, lang), followLines(s, lang), customerLines(s, lang));
    if (!inReview)
      sections.push(
        momentLines(m.goodMoments, s.moments.good, lang),
        momentLines(m.difficultMoments, s.moments.difficult, lang),
        momentLines(m.sharedMoments, s.moments.shared, lang),
      );
  } else {
    if (s.habit.current > 0 || s.habit.longest > 0) sections.push(habitLines(s, lang));
    sections.push(followLines(s, lang));
  }
  if (s.invalid.length > 0 && !inReview) sections.push(indentWrap(m.skipped(s.invalid.length), "").map((l) => style.dim(l)));
  return `${sections.filter((x) => x.length > 0).map((x) => x.join("\n")).join("\n\n")}\n`;
}
