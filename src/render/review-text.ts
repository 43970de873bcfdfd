import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { ReviewReport, TeamFigure, TeamRow, TraineeReport } from "../review/review.js";
import { clip, padEnd, padStart, safeLine, wrap } from "../data/safe-text.js";
import { notReviewedLines } from "./not-reviewed.js";
import { style } from "./style.js";
import { claimSentence, dailyDaysFact, fmt, followThroughFacts, renderSummaryText, streakFact, WIDTH } from "./summary-text.js";

/** Text wrapped to the report's width, its first line after `lead` and the rest `indent` in. */
const hanging = (text: string, lead: string, indent = lead.length) =>
  wrap(safeLine(text), WIDTH - Math.max(lead.length, indent)).split("\n").map((l, i) => (i === 0 ? lead : " ".repeat(indent)) + l);
const bullet = (text: string) => hanging(text, "  • ");

/** Short column codes for the skills, explained in a legend under the table. */
function codes(report: ReviewReport): { id: string; label: string; code: string }[] {
  return report.skills.map((s, i) => ({ ...s, code: `S${i + 1}` }));
}

/** A figure with its mark: "*" when it rests on fewer than the minimum sample. */
export const markedFigure = (f: TeamFigure | undefined, shown: (x: number | null) => string) =>
  f ? `${shown(f.value)}${f.value !== null && f.few ? "*" : ""}` : "–";

/** The team at a glance: one row of figures per trainee, and under it the n each figure rests on. */
export function teamTable(report: ReviewReport, rows: TeamRow[], lang: Lang): string[] {
  const m = t(lang).review.text;
  const skills = codes(report);
  // 10 + 6 + 6 + 6 × 5 + 7 + 5 + 10 and the spaces between: at most 80 columns.
  const cols = (name: string, calls: string, streak: string, skill: string[], weakest: string, agree: string, last: string) =>
    [padEnd(name, 10), padStart(calls, 6), padStart(streak, 6), ...skill.map((x) => padStart(x, 4)), padStart(weakest, 7), padStart(agree, 5), padStart(last, 10)].join(" ").trimEnd();
  const lines = [style.bold(m.team), style.dim(cols(m.trainee, m.calls, m.streak, skills.map((s) => s.code), m.weakest, m.accuracy, m.last))];
  for (const r of rows) {
    const weakest = r.weakest ? (skills.find((s) => s.id === r.weakest)?.code ?? r.weakest) : "–";
    const num = (x: number | null) => fmt.num(x, 1, lang);
    lines.push(cols(clip(safeLine(r.name), 10), String(r.calls), String(r.streak), skills.map((s) => markedFigure(r.ratings[s.id], num)), weakest, markedFigure(r.agreement, fmt.pct), r.lastActivity ?? "–"));
    lines.push(style.dim(cols(`  ${m.nRow}`, "", "", skills.map((s) => String(r.ratings[s.id]?.n ?? 0)), "", String(r.agreement.n), "")));
  }
  const legend = skills.map((s) => `${s.code} ${fmt.skill(s, lang)}`).join(" · ");
  lines.push(...wrap(`${legend} · ${m.fewLegend(report.minSample)}`, WIDTH).split("\n").map((l) => style.dim(l)));
  return lines;
}

function health(r: TraineeReport, lang: Lang): string[] {
  const m = t(lang).review.text;
  const h = r.health;
  const lines = [style.bold(m.health), `  ${m.read(h.entries, h.invalid.length)}`];
  // Whole reasons: they are what the coach needs to judge what the figures rest on.
  for (const f of h.invalid) lines.push(...hanging(`${f.path}${f.line ? `:${f.line}` : ""}: ${f.reason}`, "  ", 4).map((l) => style.yellow(l)));
  return lines;
}

const who = (x: { customer: string | null }) => (x.customer ? ` · ${x.customer}` : "");
/** The first `limit` of a list and how many more; the Markdown and HTML reviews list them all. */
const firstOf = <T>(list: readonly T[], limit: number, lang: Lang, line: (x: T) => string[]) => [
  ...list.slice(0, limit).flatMap(line),
  ...(list.length > limit ? [style.dim(`    ${t(lang).summary.more(list.length - limit)}`)] : []),
];

/** What the coach prepares from: the openers, then each flagged call with what the trainee answered. */
function preparation(r: TraineeReport, lang: Lang, flaggedLimit: number): string[] {
  const m = t(lang).review.text;
  const c = r.coach;
  const lines = [style.bold(m.coach), ...c.openers.flatMap((o, i) => hanging(o, `  ${i + 1}. `))];
  if (c.flagged.length === 0) return lines;
  lines.push("", style.bold(m.flaggedCalls(c.flagged.length)));
  lines.push(...firstOf(c.flagged, flaggedLimit, lang, (f) => [
    ...bullet(`${f.day} ${t(lang).summary.kinds[f.kind]}${who(f)} (${f.entry})`),
    ...f.answers.flatMap((a) => hanging(asked(a.question, a.text), "    ", 6)),
  ]));
  return lines;
}

/** A question and its answer on one line: "What did they want? A date" or "Why: …" for a title. */
const asked = (question: string, answer: string) => `${question.trim()}${/[?:!.]$/.test(question.trim()) ? "" : ":"} ${answer}`;

/** The coach's facts beside the figures: the weakest skill, the accuracy, pauses, actions, moments, notes. */
function facts(r: TraineeReport, lang: Lang, limit: number): string[] {
  const m = t(lang).review.text;
  const c = r.coach;
  const lines: string[] = [];
  if (c.weakest) {
    const prev = c.weakest.previous.average === null ? "–" : fmt.num(c.weakest.previous.average, 1, lang);
    lines.push(`  ${m.weakestSkill(fmt.skill(c.weakest, lang), fmt.num(c.weakest.average, 1, lang), prev)}`);
  }
  if (r.summary.accuracy.items.length > 0) lines.push(...hanging(claimSentence(c.accuracy, r.summary.ratings.minSample, lang), "  "));
  for (const s of c.stalls.slice(0, 3)) lines.push(`  ${m.stall(s.from, s.to, s.days)}`);
  if (c.overdue.length) lines.push(`  ${m.overdue(c.overdue.length)}`, ...firstOf(c.overdue, limit, lang, (a) => bullet(`${a.due} ${a.text}${who(a)}`)));
  if (c.difficult.length) lines.push(`  ${m.difficult}`, ...firstOf(c.difficult, limit, lang, (d) => bullet(`${d.day}${who(d)}: ${d.text}`)));
  if (c.good.length) lines.push(`  ${m.good}`, ...firstOf(c.good, limit, lang, (g) => bullet(`${g.day}${who(g)}: ${g.text}`)));
  if (c.shared.length) lines.push(`  ${m.shared}`, ...firstOf(c.shared, limit, lang, (g) => bullet(`${g.day}${who(g)}: ${g.text}`)));
  if (r.notes.length) lines.push(`  ${m.notes}`, ...r.notes.flatMap((n) => bullet(`${n.entry}: ${n.text}`)));
  return lines;
}

/** The period's figures in a few lines, for the short review: the counts, the habit, follow-through. */
function briefFigures(r: TraineeReport, lang: Lang): string[] {
  const m = t(lang).summary;
  const s = r.summary;
  const c = s.counts;
  const h = s.habit;
  const lines = [style.bold(t(lang).review.text.figures)];
  if (c.total === 0) lines.push(`  ${m.empty}`);
  else lines.push(`  ${m.entries(c.total)} (${m.before(c.previous.total)}) · ${m.kinds.prep} ${c.prep} · ${m.kinds.debrief} ${c.debrief} · ${m.kinds.daily} ${c.daily}`);
  lines.push(...hanging(`${streakFact(h, lang)}${h.longest > h.current ? ` (${m.longest(h.longest)})` : ""} · ${dailyDaysFact(h, lang)}`, "  "));
  lines.push(...followThroughFacts(s, lang).map((f) => `  ${f}`));
  return lines;
}

export interface ReviewTextOptions {
  /** Every figure and list, as the Markdown and HTML reviews have them; else one screen a trainee. */
  details?: boolean;
}

export function traineeSection(r: TraineeReport, lang: Lang, { details = false }: ReviewTextOptions = {}): string {
  const rule = style.dim("─".repeat(WIDTH));
  const head = [rule, style.bold(safeLine(r.name)), "", ...health(r, lang), ""];
  if (details)
    return [...head, ...preparation(r, lang, Infinity), "", renderSummaryText(r.summary, lang, { inReview: true }), style.bold(t(lang).review.text.lookFor), ...facts(r, lang, 5)].join("\n");
  return [...head, ...preparation(r, lang, 3), "", ...briefFigures(r, lang), ...facts(r, lang, 2)].join("\n");
}

/** A coach's review in the terminal: the team table (for several trainees), then a section each. */
export function renderReviewText(report: ReviewReport, lang: Lang, opts: ReviewTextOptions = {}): string {
  const m = t(lang).review.text;
  const head = [style.bold(m.title(report.period.since, report.period.until))];
  if (report.anonymized) head.push(...wrap(m.anonymized, WIDTH).split("\n").map((l) => style.dim(l)));
  if (report.notReviewed.length) {
    head.push("", style.yellow(m.notReviewedTitle(report.notReviewed.length)));
    head.push(...notReviewedLines(report.notReviewed, lang).flatMap((l) => hanging(l, "  • ", 4).map((x) => style.yellow(x))));
  }
  const parts = [head.join("\n")];
  if (report.team) parts.push(teamTable(report, report.team, lang).join("\n"));
  parts.push(...report.trainees.map((r) => traineeSection(r, lang, opts)));
  if (!opts.details) parts.push(wrap(m.details, WIDTH).split("\n").map((l) => style.dim(l)).join("\n"));
  return parts.join("\n\n");
}
