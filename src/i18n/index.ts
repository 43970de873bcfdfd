import type { Lang } from "./lang.js";
import { en, nl, type Messages } from "./messages.js";

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

/** A bilingual content string (`{nl, en}`) in the language of this run. */
export function pick(text: { nl: string; en: string }, l: Lang = current): string {
  return text[l];
}
