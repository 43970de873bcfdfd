import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { Menus } from "./load.js";
import { flattenMenu, labelPick } from "./menus.js";
import type { AnswerValue, Step } from "./schema.js";

/** An answer as text for people: options and menu picks by their labels, yes/no in the language. */
export function answerText(value: AnswerValue, step: Step | undefined, menus: Menus, lang: Lang): string {
  if (Array.isArray(value)) {
    if (step?.type === "emotions" || step?.type === "needs") {
      const menu = flattenMenu(menus, step.type);
      return value.map((v) => labelPick(menu, v, lang)).join(", ");
    }
    return value.join("; ");
  }
  if (step?.type === "choice") return step.options.find((o) => o.id === value)?.label[lang] ?? String(value);
  if (typeof value === "boolean") return value ? t(lang).words.yes : t(lang).words.no;
  return String(value);
}
