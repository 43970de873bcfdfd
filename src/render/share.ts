import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { Moment, Moments } from "../insights/model.js";
import { safeLine, wrap } from "../data/safe-text.js";
import { style } from "./style.js";
import { mdText } from "./markdown.js";

/**
 * The weekly digest for the team: why and how to share (seed 002) before the moments themselves,
 * good moments first, then the cases to think through together.
 */
export function renderShare(m: Moments, period: { since: string; until: string }, format: "text" | "md", anonymized: boolean, lang: Lang): string {
  const s = t(lang).share;
  const who = (x: Moment) => (x.customer ? ` (${x.customer})` : "");
  if (format === "md") {
    const out = [`# ${s.title(period.since, period.until)}`, ""];
    if (anonymized) out.push(`_${s.anonymized}_`, "");
    out.push(s.why, "", `## ${s.howTitle}`, "", ...s.how.map((h) => `- ${h}`), "");
    out.push(`## ${s.good}`, "", ...(m.good.length ? m.good.map((g) => `- ${g.day}${mdText(who(g))}: ${mdText(g.text)}`) : [`_${s.none}_`]), "");
    out.push(`## ${s.cases}`, "", ...(m.difficult.length ? m.difficult.map((d) => `- ${d.day}${mdText(who(d))}: ${mdText(d.text)}  \n  _${s.question}_`) : [`_${s.none}_`]), "");
    if (m.shared.length) out.push(`## ${s.shared}`, "", ...m.shared.map((x) => `- ${x.day}${mdText(who(x))}: ${mdText(x.text)}`), "");
    return out.join("\n");
  }
  const bullet = (text: string) => wrap(text, 76).split("\n").map((l, i) => (i ? `    ${l}` : `  • ${l}`)).join("\n");
  const item = (x: Moment) => bullet(safeLine(`${x.day}${who(x)}: ${x.text}`));
  const out = [style.bold(s.title(period.since, period.until))];
  if (anonymized) out.push(...wrap(s.anonymized, 80).split("\n").map((l) => style.dim(l)));
  out.push("", ...wrap(s.why, 80).split("\n"), "", style.bold(s.howTitle));
  out.push(...s.how.map(bullet));
  out.push("", style.bold(s.good), ...(m.good.length ? m.good.map(item) : [style.dim(`  ${s.none}`)]));
  out.push("", style.bold(s.cases), ...(m.difficult.length ? m.difficult.map((d) => `${item(d)}\n    ${style.dim(s.question)}`) : [style.dim(`  ${s.none}`)]));
  if (m.shared.length) out.push("", style.bold(s.shared), ...m.shared.map(item));
  return out.join("\n");
}
