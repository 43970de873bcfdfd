import { dayOf } from "../dates.js";
import { STEP } from "../exercises/conventions.js";
import type { Menus } from "../exercises/load.js";
import { flattenMenu, labelPick } from "../exercises/menus.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { Entry } from "../journal/entry.js";
import type { ActionRef } from "../journal/queries.js";
import { safeLine } from "../data/safe-text.js";
import { style } from "./style.js";

/** A menu step's picks as labels, or undefined when there are none. */
export function picks(entry: Pick<Entry, "answers">, step: string, menus: Menus, which: "emotions" | "needs", lang: Lang): string | undefined {
  const a = entry.answers.find((x) => x.step === step);
  if (!a || !Array.isArray(a.answer) || a.answer.length === 0) return undefined;
  const menu = flattenMenu(menus, which);
  return a.answer.map((p) => safeLine(labelPick(menu, p, lang))).join(", ");
}

/** Formats an action with its due date and whether it is late. */
export function actionLine(ref: Pick<ActionRef, "action">, today: string, lang: Lang): string {
  const m = t(lang).actions;
  const a = ref.action;
  const due = a.due ? (a.due < today && !a.done ? style.red(m.overdue(a.due)) : style.dim(m.due(a.due))) : "";
  const mark = a.done ? style.green("✓") : "○";
  return `${mark} ${style.dim(a.id)}  ${safeLine(a.text)}${due ? `  ${due}` : ""}`;
}

/** What the journal already knows about a customer, shown before a prep. */
export function customerContext(
  customer: string,
  calls: number,
  last: Pick<Entry, "createdAt" | "answers"> | undefined,
  open: readonly Pick<ActionRef, "action">[],
  menus: Menus,
  today: string,
  lang: Lang,
): string[] {
  const m = t(lang).prep;
  if (calls === 0) return [style.dim(m.firstTime(safeLine(customer)))];
  const lines = [style.bold(m.known(safeLine(customer)))];
  if (!last) lines.push(style.dim(m.earlier(calls)));
  if (last) {
    lines.push(style.dim(m.lastDebrief(dayOf(last.createdAt))));
    const felt = picks(last, STEP.observedEmotions, menus, "emotions", lang);
    const needed = picks(last, STEP.observedNeeds, menus, "needs", lang);
    const wanted = last.answers.find((a) => a.step === STEP.wanted)?.answer;
    if (felt) lines.push(`  ${m.felt}: ${felt}`);
    if (needed) lines.push(`  ${m.needed}: ${needed}`);
    if (typeof wanted === "string") lines.push(`  ${m.wanted}: ${safeLine(wanted)}`);
  }
  if (open.length > 0) {
    lines.push(style.dim(m.openActions(open.length)));
    lines.push(...open.map((r) => `  ${actionLine(r, today, lang)}`));
  }
  return lines;
}
