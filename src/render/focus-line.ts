import { WINDOW, type Focus } from "../insights/focus.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import { fmt } from "./summary-text.js";

/**
 * "Today, practise: listening without judgement — your lowest lately, 2.8 over 5 calls". Below the
 * minimum sample the line says how few ratings there are rather than calling it the lowest.
 */
export function focusLine(focus: Focus | undefined, label: string, minSample: number, lang: Lang): string {
  const m = t(lang).focus;
  if (!focus) return m.line(label, m.planned);
  if (focus.reason === "unrated") return m.line(label, m.unrated);
  if (focus.reason === "due") return m.line(label, m.due(WINDOW));
  const avg = fmt.num(focus.average, 1, lang);
  return m.line(label, focus.n >= minSample ? m.lowest(avg, focus.n) : m.fewSoFar(avg, focus.n));
}
