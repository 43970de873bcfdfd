import type { Menus } from "../exercises/load.js";
import type { Exercise } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { Entry } from "../journal/entry.js";
import { answerText } from "../exercises/answer-text.js";
import { actionLine } from "./customer-context.js";
import { safe, safeLine } from "../data/safe-text.js";
import { style } from "./style.js";

/** An entry as question → answer, the way it was asked; menu picks and options by their labels. */
export function renderEntry(entry: Entry, exercise: Exercise | undefined, menus: Menus, lang: Lang, today: string): string {
  const m = t(lang).show;
  const head = [
    style.bold(`${t(lang).summary.kinds[entry.kind]}${entry.customer ? ` · ${safeLine(entry.customer)}` : ""}`),
    style.dim(safeLine(entry.id)),
    style.dim(`${m.created} ${safeLine(entry.createdAt)} · ${m.exercise} ${safeLine(entry.exercise.id)} v${entry.exercise.version}`),
  ];
  if (entry.links?.prep) head.push(style.dim(`${m.follows} ${safeLine(entry.links.prep)}`));
  if (entry.flags?.includes("coach")) head.push(style.magenta(m.flagged));
  if (entry.tags?.length) head.push(style.dim(`${m.tags} ${safeLine(entry.tags.join(", "))}`));
  const body = entry.answers.map((a) => {
    const step = exercise?.steps.find((s) => s.id === a.step);
    const text = answerText(a.answer, step, menus, lang);
    return `${style.cyan(safeLine(a.question))}\n${indent(safe(text))}`;
  });
  const actions = entry.actions.length
    ? [style.bold(m.actions), ...entry.actions.map((action) => `  ${actionLine({ action }, today, lang)}`)]
    : [];
  return [head.join("\n"), ...body, ...(actions.length ? [actions.join("\n")] : [])].join("\n\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}
