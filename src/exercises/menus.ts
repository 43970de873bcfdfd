import type { Lang } from "../i18n/lang.js";
import type { Menus } from "./load.js";

export interface MenuEntry {
  id: string;
  label: { nl: string; en: string };
  group: { id: string; label: { nl: string; en: string } };
  /** Emotions only. */
  tone?: "pleasant" | "unpleasant";
}

/** One flat, ordered list per menu: the shape prompts, validation and analysis all want. */
export function flattenMenu(menus: Menus, which: "emotions" | "needs"): MenuEntry[] {
  if (which === "emotions") {
    return menus.emotions.families.flatMap((f) =>
      f.emotions.map((e) => ({ id: e.id, label: e.label, tone: e.tone, group: { id: f.id, label: f.label } })),
    );
  }
  return menus.needs.groups.flatMap((g) => g.needs.map((n) => ({ id: n.id, label: n.label, group: { id: g.id, label: g.label } })));
}

/** A menu pick's label in the language, or the free word itself when it is not on the menu. */
export function labelPick(items: readonly MenuEntry[], pick: string, lang: Lang): string {
  return items.find((i) => i.id === pick)?.label[lang] ?? pick;
}
