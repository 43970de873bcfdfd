import type { Lang } from "./lang.js";
import { en, type Messages } from "./messages.js";

/**
 * English is always at hand (the schemas' own words are English too); Dutch is loaded when a run
 * may speak it, so that a start-up in English (`--help`, `nudge`) parses one catalogue, not two.
 */
const catalogues: { en: Messages; nl?: Messages } = { en };

let current: Lang = "en";

/** Makes `lang`'s messages available to `t`; every language a run may speak is loaded first. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === "nl") catalogues.nl ??= (await import("./messages-nl.js")).nl;
}

function catalogue(l: Lang): Messages {
  const m = catalogues[l];
  // A bug, not a user's error: some path speaks a language it did not load.
  if (!m) throw new Error(`the messages for "${l}" were not loaded`);
  return m;
}

/** Set once per run, after `--lang`, the config and the locale have been weighed. */
export function setLang(lang: Lang): void {
  catalogue(lang);
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** The tool's own messages in the language of this run. */
export function t(l: Lang = current): Messages {
  return catalogue(l);
}

/** The tool's short name of a skill ("Talking about emotions"), or its question for an own exercise. */
export function skillName(s: { id: string; label: string }, l: Lang = current): string {
  return (t(l).summary.skillNames as Record<string, string | undefined>)[s.id] ?? s.label;
}

/** A bilingual content string (`{nl, en}`) in the language of this run. */
export function pick(text: { nl: string; en: string }, l: Lang = current): string {
  return text[l];
}
