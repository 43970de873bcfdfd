import type { Lang } from "./lang.js";
import { en, type Messages } from "./messages.js";
import { nl } from "./messages-nl.js";

let current: Lang = "en";

/** Set once per run, after `--lang`, the config and the locale have been weighed. */
export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** The tool's own messages in the language of this run. */
export function t(l: Lang = current): Messages {
  return l === "nl" ? nl : en;
}

/** The tool's short name of a skill ("Talking about emotions"), or its question for an own exercise. */
export function skillName(s: { id: string; label: string }, l: Lang = current): string {
  return (t(l).summary.skillNames as Record<string, string | undefined>)[s.id] ?? s.label;
}

/** A bilingual content string (`{nl, en}`) in the language of this run. */
export function pick(text: { nl: string; en: string }, l: Lang = current): string {
  return text[l];
}
