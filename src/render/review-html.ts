/**
 * A coach's review as one self-contained HTML file: inline style and inline SVG charts only, no
 * script, no external reference (a strict Content-Security-Policy says so too), every user text
 * escaped. Same content as the Markdown review; reads on screen and prints on A4.
 */
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { Metric, PickStats, Summary, Trend } from "../insights/model.js";
import type { ReviewReport, TeamFigure, TraineeReport } from "../review/review.js";
import { notReviewedLines } from "./not-reviewed.js";
import { trendArrow } from "./charts.js";
import { STYLE } from "./review-html-style.js";
import { safe } from "../data/safe-text.js";
import { barChart, calendarChart, columnChart, COLOURS, esc, escLine, sparklineChart, type Bar } from "./svg-charts.js";
import { agreementMetric, channelText, claimSentence, dailyDaysFact, fmt, outOfScaleNote, SPARK_WEEKS, streakFact } from "./summary-text.js";
import { markedFigure } from "./review-text.js";

type Cell = string | { html: string; cls?: string };

function table(head: readonly Cell[], rows: readonly (readonly Cell[])[], cls = ""): string {
  const cell = (tag: string, c: Cell) => (typeof c === "string" ? `<${tag}>${c}</${tag}>` : `<${tag}${c.cls ? ` class="${c.cls}"` : ""}>${c.html}</${tag}>`);
  return `<div class="scroll"><table${cls ? ` class="${cls}"` : ""}><thead><tr>${head.map((h) => cell("th", h)).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => cell("td", c)).join("")}</tr>`).join("")}</tbody></table></div>`;
}

const num = (html: string): Cell => ({ html, cls: "n" });
const li = (items: readonly string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>` : "");
const who = (x: { customer: string | null }) => (x.customer ? ` · ${escLine(x.customer)}` : "");
const withN = (f: TeamFigure | undefined, shown: (x: number | null) => string) => `${esc(markedFigure(f, shown))}<br><span class="muted">n ${f?.n ?? 0}</span>`;
const more = (total: number, shown: number, lang: Lang) => (total > shown ? `<p class="note">${esc(t(lang).summary.more(total - shown))}</p>` : "");

function trendHtml(tr: Trend | null, asPercent: boolean, lang: Lang): string {
  if (!tr) return `<span class="muted">${esc(t(lang).summary.tooFew)}</span>`;
  const cls = tr.direction === "flat" ? "" : ` class="${tr.direction}"`;
  return `<span${cls}>${trendArrow(tr.direction)} ${esc(fmt.delta(tr, asPercent, lang))}</span>`;
}

function teamTable(report: ReviewReport, lang: Lang): string {
  const m = t(lang).review.text;
  const head: Cell[] = [m.trainee, num(m.calls), num(m.streak), ...report.skills.map((s) => num(esc(fmt.skill(s, lang)))), m.weakest, num(m.accuracy), m.last];
  const rows = (report.team ?? []).map((r) => {
    const index = report.trainees.findIndex((x) => x.name === r.name);
    const weakest = r.weakest ? fmt.skill(report.skills.find((s) => s.id === r.weakest) ?? { id: r.weakest, label: r.weakest }, lang) : "–";
    return [
      `<a href="#trainee-${index + 1}">${escLine(r.name)}</a>`,
      num(String(r.calls)),
      num(String(r.streak)),
      ...report.skills.map((s): Cell => ({ html: withN(r.ratings[s.id], (x) => fmt.num(x, 1, lang)), cls: s.id === r.weakest ? "n low" : "n" })),
      { html: esc(weakest), cls: "small" },
      num(withN(r.agreement, fmt.pct)),
      { html: esc(r.lastActivity ?? "–"), cls: "day" },
    ];
  });
  return `<section class="box"><h2>${esc(m.team)}</h2>${table(head.map((h) => (typeof h === "string" ? esc(h) : h)), rows, "team")}<p class="note">${esc(m.fewLegend(report.minSample))}</p></section>`;
}

function headline(s: Summary, lang: Lang): string {
  const h = t(lang).review.html;
  const m = t(lang).summary;
  const stat = (big: string, label: string, sub = "") => `<div class="stat"><b>${esc(big)}</b><span>${esc(label)}${sub ? `<br>${esc(sub)}` : ""}</span></div>`;
  const f = s.followThrough.debriefed;
  const channels = channelText(s, lang);
  return (
    `<div class="stats">${stat(String(s.counts.total), h.entries, h.before(s.counts.previous.total))}` +
    `${stat(String(s.habit.current), h.streak, h.longest(s.habit.longest))}` +
    `${stat(fmt.pct(s.accuracy.agreement.share), h.accuracy, `n ${s.accuracy.agreement.n}`)}` +
    `${stat(fmt.pct(f.share), h.debriefed, `${f.count} / ${f.n}`)}</div>` +
    `<p class="kinds">${esc(`${m.kinds.prep} ${s.counts.prep} · ${m.kinds.debrief} ${s.counts.debrief} · ${m.kinds.daily} ${s.counts.daily}`)}</p>` +
    (channels ? `<p class="kinds">${esc(channels)}</p>` : "")
  );
}

function habit(s: Summary, lang: Lang): string {
  const m = t(lang).summary;
  const h = t(lang).review.html;
  const hb = s.habit;
  const dates = new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  const short = (d: string) => dates.format(new Date(`${d}T00:00:00Z`));
  const calendar = calendarChart(hb.calendar, { label: h.calendar, weekdays: m.weekdays, fewer: h.fewer, more: h.more, daily: h.dailyMark, day: h.calendarDay, week: short });
  const k = m.kinds;
  const weeks = s.counts.weekly.slice(-SPARK_WEEKS).map((w, i, all) => ({
    label: (all.length - 1 - i) % 4 === 0 ? short(w.week) : "",
    value: w.total,
    title: `${w.week}: ${m.entries(w.total)} (${k.prep} ${w.prep} · ${k.debrief} ${w.debrief} · ${k.daily} ${w.daily})`,
  }));
  const lines = [
    `${streakFact(hb, lang)}${hb.longest > hb.current ? ` (${m.longest(hb.longest)})` : ""}`,
    hb.doneToday ? m.doneToday : m.notToday,
    dailyDaysFact(hb, lang),
  ];
  const fig = (caption: string, chart: string) => `<figure><figcaption>${esc(caption)}</figcaption>${chart}</figure>`;
  return `<h3>${esc(m.habit)}</h3>${li(lines.map(esc))}<div class="charts">${fig(h.calendar, calendar)}${fig(h.perWeek, columnChart("weeks", weeks, h.perWeek))}</div>`;
}

function ratings(s: Summary, lang: Lang): string {
  const m = t(lang).summary;
  const h = t(lang).review.html;
  const skills = Object.values(s.ratings.skills);
  if (skills.length === 0) return "";
  const rows = skills.map((r) => {
    const name = fmt.skill(r, lang);
    const points = r.weekly.map((w) => ({ value: w.average, label: h.weekValue(w.week, fmt.num(w.average, 1, lang)) }));
    const values = points.map((p) => p.label).join("; ");
    return [esc(name), num(fmt.num(r.average, 1, lang)), num(String(r.n)), trendHtml(r.trend, false, lang), sparklineChart(points, r.min, r.max, `${h.weekly(name)}: ${values}`)];
  });
  const sh = m.skillsHead;
  let out = `<h3>${esc(m.skills)}</h3>${table([esc(m.md.skill), num(esc(sh.avg)), num(esc(sh.n)), esc(sh.trend), esc(sh.weeks)], rows)}`;
  if (skills.some((r) => r.trend === null)) out += `<p class="note">${esc(m.tooFewNote(s.ratings.minSample))}</p>`;
  const left = outOfScaleNote(s, lang);
  if (left) out += `<p class="note">${esc(left)}</p>`;
  const w = s.ratings.weakest;
  if (!w) return `${out}<p class="note">${esc(m.noWeakest(s.ratings.minSample))}</p>`;
  const tip = w.tip ? `<p>${esc(w.tip)}</p>` : "";
  return `${out}<div class="callout warn"><strong>${esc(m.weakest(fmt.skill(w, lang), fmt.num(w.average, 1, lang), w.n))}</strong>${tip}</div>`;
}

function picks(kind: "emotions" | "needs", p: PickStats, lang: Lang, limit: number, extra: string[] = []): string {
  const m = t(lang).summary;
  const h = t(lang).review.html;
  const title = kind === "emotions" ? m.emotions : m.needs;
  const head = `<h3>${esc(title)}</h3><p class="note">${esc(m.debriefs(p.n))}</p>`;
  if (p.picks === 0) return `<div>${head}<p class="muted">${esc(m.noPicks)}</p></div>`;
  const top = p.top.slice(0, limit);
  const tone = (x: (typeof top)[number]) => ("tone" in x ? (x.tone as string | null) : undefined);
  const colour = (x: (typeof top)[number]) => {
    const tn = tone(x);
    return tn === undefined ? COLOURS.neutral : tn === "pleasant" ? COLOURS.pleasant : tn === "unpleasant" ? COLOURS.unpleasant : COLOURS.unknown;
  };
  const bars: Bar[] = top.map((x) => ({ label: x.label, value: x.count, colour: colour(x) }));
  const tones = new Set(top.map(tone));
  const legend = kind === "emotions"
    ? [
        { label: h.pleasant, colour: COLOURS.pleasant },
        { label: h.unpleasant, colour: COLOURS.unpleasant },
        ...(tones.has(null) ? [{ label: h.ownWords, colour: COLOURS.unknown }] : []),
      ]
    : [];
  const chart = barChart(kind, bars, kind === "emotions" ? h.emotionsChart(top.length) : h.needsChart(top.length), legend);
  return `<div>${head}<figure>${chart}</figure>${more(p.top.length, top.length, lang)}${li([m.variety(p.distinct, p.previous.distinct), ...extra].map(esc))}</div>`;
}

function accuracy(s: Summary, lang: Lang): string {
  const m = t(lang).summary;
  const a = s.accuracy;
  if (a.items.length === 0) return "";
  const row = (label: string, x: Metric, pct: boolean) => [esc(label), num(pct ? fmt.pct(x.average) : fmt.num(x.average, 1, lang)), num(String(x.n)), trendHtml(x.trend, pct, lang)];
  let out = `<h3>${esc(m.accuracy)}</h3><p class="note">${esc(m.accuracyBasis(a.items.length))}</p>`;
  out += table([esc(m.md.figure), num(esc(m.md.value)), num(esc(m.skillsHead.n)), esc(m.skillsHead.trend)], [
    row(m.agreement, agreementMetric(a), true),
    row(m.selfScore, a.selfScore, false),
    row(m.emotionsOverlap, a.emotions, true),
    row(m.needsOverlap, a.needs, true),
  ]);
  out += `<p class="callout">${esc(claimSentence(a.agreement, s.ratings.minSample, lang))}</p><p class="note">${esc(m.rawOverlaps)}</p>`;
  const items = a.items.slice(0, 10);
  const score = (x: number | null) => num(x === null ? "–" : String(x));
  const rows = items.map((i) => [{ html: esc(i.day), cls: "day" }, escLine(i.customer ?? ""), score(i.selfScore), score(i.measured), num(fmt.pct(i.overlap)), num(fmt.pct(i.emotionsOverlap)), num(fmt.pct(i.needsOverlap))]);
  out += `<h4>${esc(t(lang).review.html.perDebrief)}</h4>${table([esc(m.md.day), esc(m.md.customer), num(esc(m.selfScore)), num(esc(m.md.measured)), num(esc(m.md.overlap)), num(esc(m.emotionsOverlap)), num(esc(m.needsOverlap))], rows)}`;
  return out + more(a.items.length, items.length, lang);
}

function follow(s: Summary, lang: Lang): string {
  const m = t(lang).summary;
  const f = s.followThrough;
  const a = s.actions;
  const share = (x: { share: number | null }) => (x.share === null ? "" : ` (${fmt.pct(x.share)})`);
  const bullets: string[] = [];
  if (f.debriefed.n > 0) bullets.push(`${m.prepsDebriefed(f.debriefed.count, f.debriefed.n)}${share(f.debriefed)}`);
  if (f.feedback.n > 0) bullets.push(`${m.feedbackAsked(f.feedback.count, f.feedback.n)}${share(f.feedback)}`);
  if (a.total > 0) bullets.push(m.actions(a.open, a.overdue, a.done, a.doneInPeriod));
  if (bullets.length === 0) return "";
  let out = `<h3>${esc(m.followThrough)}</h3>${li(bullets.map(esc))}`;
  if (a.overdueList.length > 0) {
    const list = a.overdueList.slice(0, 10);
    const rows = list.map((o) => [escLine(o.text), { html: esc(o.due), cls: "day" }, escLine(o.customer ?? "")]);
    out += `<h4>${esc(m.md.overdueActions)}</h4>${table([esc(m.md.action), esc(m.md.due), esc(m.md.customer)], rows)}${more(a.overdueList.length, list.length, lang)}`;
  }
  return out;
}

function customers(s: Summary, lang: Lang): string {
  const m = t(lang).summary;
  if (s.customers.length === 0) return "";
  const list = s.customers.slice(0, 15);
  const labels = (ps: { label: string }[]) => ps.map((p) => escLine(p.label)).join(", ");
  const rows = list.map((c) => [escLine(c.name), num(String(c.calls)), num(String(c.waiting)), { html: esc(c.lastContact), cls: "day" }, num(String(c.openActions)), labels(c.recurringEmotions), labels(c.recurringNeeds)]);
  const head = [m.md.customer, num(esc(m.md.calls)), num(esc(m.md.waiting)), m.md.lastContact, num(esc(m.md.open)), m.md.recurringEmotions, m.md.recurringNeeds].map((h) => (typeof h === "string" ? esc(h) : h));
  return `<h3>${esc(m.customers)}</h3>${table(head, rows)}${more(s.customers.length, list.length, lang)}`;
}

/** What the coach prepares from, before the figures: the openers, then the flagged calls with their answers. */
function preparation(r: TraineeReport, lang: Lang): string {
  const m = t(lang).review.text;
  const c = r.coach;
  let out = `<div class="coach"><h3>${esc(m.coach)}</h3><h4>${esc(m.openers)}</h4><ol class="openers">${c.openers.map((o) => `<li>${escLine(o)}</li>`).join("")}</ol>`;
  if (c.flagged.length) {
    const call = (f: (typeof c.flagged)[number]) =>
      `<li><strong>${esc(f.day)} ${esc(t(lang).summary.kinds[f.kind])}${who(f)}</strong> <code>${escLine(f.entry)}</code>` +
      `${f.answers.length ? `<dl>${f.answers.map((a) => `<dt>${escLine(a.question)}</dt><dd>${esc(safe(a.text))}</dd>`).join("")}</dl>` : ""}</li>`;
    out += `<h4>${esc(m.flaggedCalls(c.flagged.length))}</h4><ul class="flagged">${c.flagged.map(call).join("")}</ul>`;
  }
  return `${out}</div>`;
}

/** The coach's facts after the figures: weakest skill, accuracy, pauses, moments, notes. */
function coachFacts(r: TraineeReport, lang: Lang): string {
  const m = t(lang).review.text;
  const c = r.coach;
  const block = (title: string, items: string[], total = items.length) => (items.length ? `<h4>${esc(title)}</h4>${li(items)}${more(total, items.length, lang)}` : "");
  const moment = (x: { day: string; customer: string | null; text: string }) => `<span class="day">${esc(x.day)}</span>${who(x)}: ${escLine(x.text)}`;
  const facts: string[] = [];
  if (c.weakest) facts.push(m.weakestSkill(fmt.skill(c.weakest, lang), fmt.num(c.weakest.average, 1, lang), fmt.num(c.weakest.previous.average, 1, lang)));
  if (r.summary.accuracy.items.length) facts.push(claimSentence(c.accuracy, r.summary.ratings.minSample, lang));
  for (const s of c.stalls) facts.push(m.stall(s.from, s.to, s.days));
  let out = facts.length ? `<ul class="facts">${facts.map((f) => `<li>${esc(f)}</li>`).join("")}</ul>` : "";
  out += block(m.difficult, c.difficult.slice(0, 5).map(moment), c.difficult.length);
  out += block(m.good, c.good.slice(0, 5).map(moment), c.good.length);
  out += block(m.shared, c.shared.slice(0, 5).map(moment), c.shared.length);
  out += block(m.notes, r.notes.map((n) => `<code>${escLine(n.entry)}</code> ${escLine(n.text)}`));
  return out ? `<div class="coach">${out}</div>` : "";
}

function section(r: TraineeReport, index: number, lang: Lang): string {
  const m = t(lang).review.text;
  const sm = t(lang).summary;
  const s = r.summary;
  const h = r.health;
  const bad = h.invalid.map((f) => `<code>${escLine(f.line ? `${f.path}:${f.line}` : f.path)}</code> ${escLine(f.reason)}`);
  const healthHtml = `<div class="callout${bad.length ? " warn" : ""}"><strong>${esc(m.health)}:</strong> ${esc(m.read(h.entries, h.invalid.length))}${li(bad)}</div>`;
  let body = "";
  if (s.counts.total > 0) {
    body += headline(s, lang) + habit(s, lang) + ratings(s, lang);
    const e = s.emotions;
    const unpleasant = e.toned > 0 ? [sm.unpleasant(fmt.pct(e.unpleasantShare), e.toned)] : [];
    body += `<div class="two">${picks("emotions", e, lang, 10, unpleasant)}${picks("needs", s.needs, lang, 10)}</div>`;
    body += accuracy(s, lang) + follow(s, lang) + customers(s, lang);
  } else {
    body += `<p class="callout">${esc(sm.empty)}</p>`;
    if (s.habit.current > 0 || s.habit.longest > 0) body += habit(s, lang);
    body += follow(s, lang);
  }
  const period = `${sm.period(s.period.since, s.period.until, s.period.days)} · ${sm.compared(s.period.previous.since, s.period.previous.until)}`;
  return (
    `<section class="box trainee" id="trainee-${index + 1}"><div class="head"><h2>${escLine(r.name)}</h2><span class="note">${esc(period)}</span></div>` +
    `${healthHtml}${preparation(r, lang)}${body}${coachFacts(r, lang)}</section>`
  );
}

/** The review as a self-contained HTML document. */
export function renderReviewHtml(report: ReviewReport, lang: Lang): string {
  const m = t(lang).review.text;
  const h = t(lang).review.html;
  const title = m.title(report.period.since, report.period.until);
  const p = report.period;
  let head = `<header><p class="eyebrow">empathy-coach</p><h1>${esc(title)}</h1>`;
  head += `<p class="muted">${esc(`${h.period(p.days)} · ${t(lang).summary.compared(p.previous.since, p.previous.until)}`)}</p>`;
  if (report.anonymized) head += `<p class="note">${esc(m.anonymized)}</p>`;
  if (report.notReviewed.length)
    head += `<div class="callout warn"><strong>${esc(m.notReviewedTitle(report.notReviewed.length))}</strong>${li(notReviewedLines(report.notReviewed, lang).map((l) => escLine(l).replace(/`([^`]*)`/g, "<code>$1</code>")))}</div>`;
  if (report.trainees.length > 1) head += `<nav aria-label="${esc(h.trainees)}">${report.trainees.map((r, i) => `<a href="#trainee-${i + 1}">${escLine(r.name)}</a>`).join("")}</nav>`;
  head += "</header>";
  const team = report.team ? teamTable(report, lang) : "";
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body><main>",
    head,
    team,
    ...report.trainees.map((r, i) => section(r, i, lang)),
    `<footer>${esc(h.footer)}</footer>`,
    "</main></body>",
    "</html>",
    "",
  ].join("\n");
}
