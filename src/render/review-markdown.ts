import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { ReviewReport, TeamFigure, TraineeReport } from "../review/review.js";
import { mdText } from "./markdown.js";
import { notReviewedLines } from "./not-reviewed.js";
import { renderSummaryMarkdown } from "./summary-markdown.js";
import { claimSentence, fmt } from "./summary-text.js";
import { markedFigure } from "./review-text.js";

const cell = (s: string) => mdText(s).replace(/\|/g, "\\|");

function teamTable(report: ReviewReport, lang: Lang): string[] {
  const m = t(lang).review.text;
  const skills = report.skills.map((s) => fmt.skill(s, lang));
  const head = [m.trainee, m.calls, m.streak, ...skills, m.weakest, m.accuracy, m.last];
  const withN = (f: TeamFigure | undefined, shown: (x: number | null) => string) => `${markedFigure(f, shown)} (${m.nRow} ${f?.n ?? 0})`;
  const rows = (report.team ?? []).map((r) => [
    cell(r.name),
    String(r.calls),
    String(r.streak),
    ...report.skills.map((s) => withN(r.ratings[s.id], (x) => fmt.num(x, 1, lang))),
    r.weakest ? fmt.skill(report.skills.find((s) => s.id === r.weakest) ?? { id: r.weakest, label: r.weakest }, lang) : "–",
    withN(r.agreement, fmt.pct),
    r.lastActivity ?? "–",
  ]);
  return [`## ${m.team}`, "", `| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`), "", `_${m.fewLegend(report.minSample)}_`, ""];
}

function section(r: TraineeReport, lang: Lang): string[] {
  const m = t(lang).review.text;
  const c = r.coach;
  const who = (x: { customer: string | null }) => (x.customer ? ` · ${mdText(x.customer)}` : "");
  const out = [`## ${mdText(r.name)}`, "", `### ${m.health}`, "", m.read(r.health.entries, r.health.invalid.length)];
  for (const f of r.health.invalid) out.push(`- \`${f.path.replace(/`/g, "'")}${f.line ? `:${f.line}` : ""}\`: ${mdText(f.reason)}`);
  // The coach prepares from the openers and the flagged calls: they come before the figures.
  out.push("", `### ${m.coach}`, "", `**${m.openers}**`, "", ...c.openers.map((o, i) => `${i + 1}. ${mdText(o)}`), "");
  if (c.flagged.length) {
    out.push(`**${m.flaggedCalls(c.flagged.length)}**`, "");
    for (const f of c.flagged) {
      out.push(`- ${f.day} ${t(lang).summary.kinds[f.kind]}${who(f)} (\`${f.entry}\`)`);
      out.push(...f.answers.map((a) => `  - _${mdText(a.question)}_ ${mdText(a.text)}`));
    }
    out.push("");
  }
  out.push(renderSummaryMarkdown(r.summary, lang, { inReview: true }).replace(/^#/gm, "###"), "");
  if (c.weakest) out.push(m.weakestSkill(fmt.skill(c.weakest, lang), fmt.num(c.weakest.average, 1, lang), fmt.num(c.weakest.previous.average, 1, lang)), "");
  if (r.summary.accuracy.items.length) out.push(claimSentence(c.accuracy, r.summary.ratings.minSample, lang), "");
  for (const s of c.stalls) out.push(`- ${m.stall(s.from, s.to, s.days)}`);
  if (c.overdue.length) out.push("", `**${m.overdue(c.overdue.length)}**`, "", ...c.overdue.map((a) => `- ${a.due} ${mdText(a.text)}${who(a)}`));
  if (c.difficult.length) out.push("", `**${m.difficult}**`, "", ...c.difficult.map((d) => `- ${d.day}${who(d)}: ${mdText(d.text)}`));
  if (c.good.length) out.push("", `**${m.good}**`, "", ...c.good.map((g) => `- ${g.day}${who(g)}: ${mdText(g.text)}`));
  if (c.shared.length) out.push("", `**${m.shared}**`, "", ...c.shared.map((g) => `- ${g.day}${who(g)}: ${mdText(g.text)}`));
  if (r.notes.length) out.push("", `**${m.notes}**`, "", ...r.notes.map((n) => `- \`${n.entry}\`: ${mdText(n.text)}`));
  out.push("");
  return out;
}

export function renderReviewMarkdown(report: ReviewReport, lang: Lang): string {
  const m = t(lang).review.text;
  const out = [`# ${m.title(report.period.since, report.period.until)}`, ""];
  if (report.anonymized) out.push(`_${m.anonymized}_`, "");
  if (report.notReviewed.length)
    out.push(`**${m.notReviewedTitle(report.notReviewed.length)}**`, "", ...notReviewedLines(report.notReviewed, lang).map((l) => `- ${mdText(l)}`), "");
  if (report.team) out.push(...teamTable(report, lang));
  for (const r of report.trainees) out.push(...section(r, lang));
  return out.join("\n");
}
