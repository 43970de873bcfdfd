import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { ReviewReport, TeamFigure, TeamRow, TraineeReport } from "../review/review.js";
import { clip, padEnd, padStart, safeLine, wrap } from "./safe-text.js";
import { style } from "./style.js";
import { claimSentence, fmt, renderSummaryText, WIDTH } from "./summary-text.js";

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

function coach(r: TraineeReport, lang: Lang): string[] {
  const m = t(lang).review.text;
  const c = r.coach;
  const lines: string[] = [style.bold(m.coach)];
  const who = (x: { customer: string | null }) => (x.customer ? ` · ${x.customer}` : "");
  if (c.flagged.length) lines.push(`  ${m.flagged}`, ...c.flagged.slice(0, 5).flatMap((f) => bullet(`${f.day} ${t(lang).summary.kinds[f.kind]}${who(f)} (${f.entry})`)));
  if (c.weakest) {
    const prev = c.weakest.previous.average === null ? "–" : fmt.num(c.weakest.previous.average, 1, lang);
    lines.push(`  ${m.weakestSkill(fmt.skill(c.weakest, lang), fmt.num(c.weakest.average, 1, lang), prev)}`);
  }
  if (r.summary.accuracy.items.length > 0) lines.push(...hanging(claimSentence(c.accuracy, r.summary.ratings.minSample, lang), "  "));
  for (const s of c.stalls.slice(0, 3)) lines.push(`  ${m.stall(s.from, s.to, s.days)}`);
  if (c.overdue.length) lines.push(`  ${m.overdue(c.overdue.length)}`, ...c.overdue.slice(0, 5).flatMap((a) => bullet(`${a.due} ${a.text}${who(a)}`)));
  // The first few of each, and how many more: the Markdown and HTML reports list them all.
  const more = (n: number) => (n > 5 ? [style.dim(`    ${t(lang).summary.more(n - 5)}`)] : []);
  if (c.difficult.length) lines.push(`  ${m.difficult}`, ...c.difficult.slice(0, 5).flatMap((d) => bullet(`${d.day}${who(d)}: ${d.text}`)), ...more(c.difficult.length));
  if (c.good.length) lines.push(`  ${m.good}`, ...c.good.slice(0, 5).flatMap((g) => bullet(`${g.day}${who(g)}: ${g.text}`)), ...more(c.good.length));
  if (r.notes.length) lines.push(`  ${m.notes}`, ...r.notes.flatMap((n) => bullet(`${n.entry}: ${n.text}`)));
  lines.push(`  ${m.openers}`, ...c.openers.flatMap((o, i) => hanging(o, `  ${i + 1}. `)));
  return lines;
}

export function traineeSection(r: TraineeReport, lang: Lang): string {
  const rule = style.dim("─".repeat(WIDTH));
  return [rule, style.bold(safeLine(r.name)), "", ...health(r, lang), "", renderSummaryText(r.summary, lang, { inReview: true }), "", ...coach(r, lang)].join("\n");
}

/** A coach's review in the terminal: the team table (for several trainees), then a section each. */
export function renderReviewText(report: ReviewReport, lang: Lang): string {
  const m = t(lang).review.text;
  const head = [style.bold(m.title(report.period.since, report.period.until))];
  if (report.anonymized) head.push(style.dim(m.anonymized));
  for (const s of report.skipped) head.push(style.yellow(m.skipped(safeLine(s.path), s.reason)));
  const parts = [head.join("\n")];
  if (report.team) parts.push(teamTable(report, report.team, lang).join("\n"));
  parts.push(...report.trainees.map((r) => traineeSection(r, lang)));
  return parts.join("\n\n");
}
