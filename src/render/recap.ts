import { STEP } from "../exercises/conventions.js";
import type { Menus } from "../exercises/load.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { Entry } from "../journal/entry.js";
import type { ActionRef } from "../journal/queries.js";
import { picks } from "./customer-context.js";
import { clip, safeLine } from "../data/safe-text.js";
import { style } from "./style.js";

const text = (entry: Entry, step: string): string | undefined => {
  const a = entry.answers.find((x) => x.step === step)?.answer;
  if (typeof a === "string") return a.trim() ? safeLine(a) : undefined;
  if (Array.isArray(a) && a.length > 0) return safeLine(a[0]!) + (a.length > 1 ? ` (+${a.length - 1})` : "");
  return undefined;
};

/**
 * The prep on one card of at most six lines, to glance at during the call: who, what they may feel
 * and need, your question, what you leave at the door, the skill to practise, open actions.
 */
export function recapCard(prep: Entry, focus: string | undefined, open: readonly Pick<ActionRef, "action">[], menus: Menus, lang: Lang, width: number): string[] {
  const m = t(lang).recap;
  const who = text(prep, STEP.who);
  const feel = picks(prep, STEP.expectedEmotions, menus, "emotions", lang);
  const need = picks(prep, STEP.expectedNeeds, menus, "needs", lang);
  const ask = text(prep, STEP.questions);
  const door = text(prep, STEP.assumptions);
  const actions = open.map((r) => safeLine(r.action.text) + (r.action.due ? ` (${r.action.due})` : ""));
  const lines = [
    safeLine(prep.customer ?? "") + (who ? ` · ${who}` : ""),
    feel || need ? [feel && m.feel(feel), need && m.need(need)].filter(Boolean).join(" · ") : undefined,
    ask && m.ask(ask),
    door && m.door(door),
    focus && m.focus(focus),
    actions.length > 0 ? m.actions(actions.join(" · ")) : undefined,
  ];
  return lines.filter((l): l is string => Boolean(l)).map((l) => `${style.cyan("│")} ${clip(l, width - 2)}`);
}
