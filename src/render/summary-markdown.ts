import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { Metric, PickStats, Summary, Trend } from "../insights/model.js";
import { bar, heatMap, sparkline, trendArrow } from "./charts.js";
import { mdText } from "./markdown.js";
import { agreementMetric, claimSentence, dailyDaysFact, fmt, followThroughFacts, outOfScaleNote, SPARK_WEEKS, streakFact, intentionText, tagList, channelText, type InReview } from "./summary-text.js";

const row = (cells: readonly (string | number)[]) => `| ${cells.join(" | ")} |`;

function table(head: readonly string[], align: readonly ("l" | "r")[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [row(head), row(align.map((a) => (a === "r" ? "---:" : "---"))), ...rows.map(row)];
}

function trendCell(tr: Trend | null, asPercent: boolean, lang: Lang): string {
  if (!tr) return `_${t(lang).summary.tooFew}_`;
  return `${trendArrow(tr.direction)} ${fmt.delta(tr, asPercent, lang)}`;
}

function header(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const c = s.counts;
  const lines = [`# ${m.title} ${m.period(s.period.since, s.period.until, s.period.days)}`, "", `_${m.compared(s.period.previous.since, s.period.previous.until)}_`, ""];
  if (c.total === 0) return [...lines, m.empty];
  lines.push(`**${m.entries(c.total)}** (${m.before(c.previous.total)}) · ${m.kinds.prep} ${c.prep} · ${m.kinds.debrief} ${c.debrief} · ${m.kinds.daily} ${c.daily}`, "");
  if (c.tags.length > 0) lines.push(`${m.tags}: ${mdText(tagList(c.tags))}`, "");
  const k = m.kinds;
  lines.push(...table([m.md.week, m.md.total, k.prep, k.debrief, k.daily], ["l", "r", "r", "r", "r"], c.weekly.map((w) => [w.week, w.total, w.prep, w.debrief, w.daily])));
  const channels = channelText(s, lang);
  if (channels) lines.push("", channels);
  return lines;
}

function habit(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const h = s.habit;
  return [
    `## ${m.habit}`,
    "",
    `- ${streakFact(h, lang)}${h.longest > h.current ? ` (${m.longest(h.longest)})` : ""}`,
    `- ${h.doneToday ? m.doneToday : m.notToday}`,
    `- ${dailyDaysFact(h, lang)}`,
    ...(s.intentions.n > 0 ? [`- ${intentionText(s, lang)}`] : []),
    "",
    "```text",
    ...heatMap(h.calendar, m.weekdays),
    "```",
    "",
    `_${m.heatLegend}_`,
  ];
}

function ratings(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const skills = Object.values(s.ratings.skills);
  if (skills.length === 0) return [];
  const h = m.skillsHead;
  const lines = [
    `## ${m.skills}`,
    "",
    ...table(
      [m.md.skill, h.avg, h.n, h.trend, h.weeks],
      ["l", "r", "r", "l", "l"],
      skills.map((r) => [
        mdText(fmt.skill(r, lang)),
        fmt.num(r.average, 1, lang),
        r.n,
        trendCell(r.trend, false, lang),
        `\`${sparkline(r.weekly.slice(-SPARK_WEEKS).map((w) => w.average), r.min, r.max)}\``,
      ]),
    ),
    "",
  ];
  if (skills.some((r) => r.trend === null)) lines.push(`_${m.tooFewNote(s.ratings.minSample)}_`, "");
  const left = outOfScaleNote(s, lang);
  if (left) lines.push(`_${mdText(left)}_`, "");
  const w = s.ratings.weakest;
  if (!w) return [...lines, `_${m.noWeakest(s.ratings.minSample)}_`];
  lines.push(`**${m.weakest(mdText(fmt.skill(w, lang)), fmt.num(w.average, 1, lang), w.n)}**`);
  if (w.tip) lines.push("", `> ${mdText(w.tip)}`);
  return lines;
}

function picks(title: string, p: PickStats, lang: Lang, extra: string[] = []): string[] {
  const m = t(lang).summary;
  const lines = [`## ${title}`, "", `_${m.debriefs(p.n)}_`, ""];
  if (p.picks === 0) return [...lines, `_${m.noPicks}_`];
  const top = p.top.slice(0, 12);
  const max = Math.max(...top.map((x) => x.count));
  lines.push(...table([m.md.item, m.md.count, ""], ["l", "r", "l"], top.map((x) => [mdText(x.label), x.count, bar(x.count, max, 20)])));
  if (p.top.length > top.length) lines.push("", `_${m.more(p.top.length - top.length)}_`);
  return [...lines, "", `- ${m.variety(p.distinct, p.previous.distinct)}`, ...extra.map((x) => `- ${x}`)];
}

function accuracy(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const a = s.accuracy;
  if (a.items.length === 0) return [];
  const metricRow = (label: string, x: Metric, pct: boolean) => [label, pct ? fmt.pct(x.average) : fmt.num(x.average, 1, lang), x.n, trendCell(x.trend, pct, lang)];
  const lines = [
    `## ${m.accuracy}`,
    "",
    `_${m.accuracyBasis(a.items.length)}_`,
    "",
    ...table([m.md.figure, m.md.value, m.skillsHead.n, m.skillsHead.trend], ["l", "r", "r", "l"], [
      metricRow(m.agreement, agreementMetric(a), true),
      metricRow(m.selfScore, a.selfScore, false),
      metricRow(m.emotionsOverlap, a.emotions, true),
      metricRow(m.needsOverlap, a.needs, true),
    ]),
    "",
    claimSentence(a.agreement, s.ratings.minSample, lang),
    "",
    `_${m.rawOverlaps}_`,
  ];
  const items = a.items.slice(0, 20);
  lines.push("", ...table([m.md.day, m.md.customer, m.selfScore, m.md.measured, m.md.overlap, m.emotionsOverlap, m.needsOverlap], ["l", "l", "r", "r", "r", "r", "r"],
    items.map((i) => [i.day, mdText(i.customer ?? ""), i.selfScore ?? "–", i.measured ?? "–", fmt.pct(i.overlap), fmt.pct(i.emotionsOverlap), fmt.pct(i.needsOverlap)])));
  if (a.items.length > items.length) lines.push("", `_${m.more(a.items.length - items.length)}_`);
  return lines;
}

function follow(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  const a = s.actions;
  const bullets = followThroughFacts(s, lang).map((f) => `- ${f}`);
  if (bullets.length === 0) return [];
  const lines = [`## ${m.followThrough}`, "", ...bullets];
  if (a.overdueList.length > 0) {
    lines.push("", `### ${m.md.overdueActions}`, "");
    lines.push(...table([m.md.action, m.md.due, m.md.customer], ["l", "l", "l"], a.overdueList.map((o) => [mdText(o.text), o.due, mdText(o.customer ?? "")])));
  }
  return lines;
}

function customers(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  if (s.customers.length === 0) return [];
  const list = s.customers.slice(0, 30);
  const labels = (ps: { label: string }[]) => ps.map((p) => mdText(p.label)).join(", ");
  const lines = [
    `## ${m.customers}`,
    "",
    ...table([m.md.customer, m.md.calls, m.md.waiting, m.md.lastContact, m.md.open, m.md.recurringEmotions, m.md.recurringNeeds], ["l", "r", "r", "l", "r", "l", "l"],
      list.map((c) => [mdText(c.name), c.calls, c.waiting, c.lastContact, c.openActions, labels(c.recurringEmotions), labels(c.recurringNeeds)])),
  ];
  if (s.customers.length > list.length) lines.push("", `_${m.more(s.customers.length - list.length)}_`);
  return lines;
}

function moments(title: string, list: Summary["moments"]["good"]): string[] {
  if (list.length === 0) return [];
  return [`## ${title}`, "", ...list.slice(0, 10).map((x) => `- **${x.day}**${x.customer ? ` ${mdText(x.customer)}` : ""}: ${mdText(x.text)}`)];
}

function skipped(s: Summary, lang: Lang): string[] {
  const m = t(lang).summary;
  if (s.invalid.length === 0) return [];
  return [`## ${m.md.skipped}`, "", ...table([m.md.file, m.md.reason], ["l", "l"], s.invalid.map((f) => [mdText(f.line ? `${f.path}:${f.line}` : f.path), mdText(f.reason)]))];
}

/** The summary as a Markdown report: headings, tables, and charts as text. */
export function renderSummaryMarkdown(s: Summary, lang: Lang, { inReview = false }: InReview = {}): string {
  const m = t(lang).summary;
  const sections: string[][] = [header(s, lang)];
  if (s.counts.total > 0) {
    const e = s.emotions;
    const unpleasant = e.toned > 0 ? [m.unpleasant(fmt.pct(e.unpleasantShare), e.toned)] : [];
    sections.push(habit(s, lang), ratings(s, lang), picks(m.emotions, e, lang, unpleasant), picks(m.needs, s.needs, lang));
    sections.push(accuracy(s, lang), follow(s, lang), customers(s, lang));
    if (!inReview) sections.push(moments(m.goodMoments, s.moments.good), moments(m.difficultMoments, s.moments.difficult), moments(m.sharedMoments, s.moments.shared));
  } else {
    if (s.habit.current > 0 || s.habit.longest > 0) sections.push(habit(s, lang));
    sections.push(follow(s, lang));
  }
  if (!inReview) sections.push(skipped(s, lang));
  return `${sections.filter((x) => x.length > 0).map((x) => x.join("\n")).join("\n\n")}\n`;
}
