/**
 * The people a journal names: the contact of each prep, from its "who" answer ("Ilse Bakker,
 * project lead at Acme"). Pure: the anonymizer hides them like customers.
 */
import { STEP } from "../exercises/conventions.js";
import type { Entry } from "../journal/entry.js";
import { customerKey } from "../journal/queries.js";

/** Words between the parts of a name ("Jan van der Berg"): part of the name, never a name alone. */
const PARTICLES = new Set(["van", "de", "der", "den", "het", "ter", "ten", "von", "zu", "du", "da", "di", "del", "la", "le", "dos"]);
/** Capitalised words that start a "who" answer without being a name: articles, pronouns, titles. */
const NOT_NAMES = new Set([
  "the", "a", "an", "our", "my", "their", "his", "her", "mr", "mrs", "ms", "miss", "dr", "sir",
  "de", "het", "een", "onze", "ons", "mijn", "hun", "zijn", "haar", "meneer", "mevrouw", "mevr", "dhr", "mw",
]);

/** The name before the role and the organisation: up to the first comma, bracket, dash or line break. */
const NAME_PART = /^[^,;:(\[/|\n–—]*?(?=\s+-\s|[,;:(\[/|\n–—]|$)/;
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

const capitalised = (w: string) => /^\p{Lu}/u.test(w);
/** "CFO", "BV": an abbreviation, not a person's name. */
const abbreviation = (w: string) => w.length > 1 && w === w.toUpperCase();

export interface Contact {
  /** The name as written: "Ilse Bakker", "Jan van der Berg". */
  name: string;
  /**
   * What is a name on its own, found only where written with a capital: the whole name, a surname
   * with its particles ("de Wit"), and each first or last name ("Ilse", "Bakker").
   */
  parts: string[];
}

/**
 * The contact a "who" answer names, or null: the first run of capitalised words (with particles
 * between them) before the role. "The buyer" or "someone from finance" names nobody.
 */
export function contactOf(who: string): Contact | null {
  const head = NAME_PART.exec(who.trim())?.[0] ?? "";
  const words = [...head.matchAll(WORD)].map((m) => m[0]);
  let i = 0;
  while (i < words.length && !(capitalised(words[i]!) && !NOT_NAMES.has(words[i]!.toLowerCase()) && !abbreviation(words[i]!))) i++;
  // "Mevrouw De Wit": the particle before the first name word belongs to the name.
  if (i > 0 && i < words.length && PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
  const run: string[] = [];
  for (; i < words.length; i++) {
    const w = words[i]!;
    const particle = PARTICLES.has(w.toLowerCase());
    if (!particle && !(capitalised(w) && !abbreviation(w))) break;
    run.push(w);
  }
  while (run.length && PARTICLES.has(run[run.length - 1]!.toLowerCase())) run.pop();
  if (run.length === 0) return null;
  const single = run.filter((w) => capitalised(w) && !PARTICLES.has(w.toLowerCase()) && !NOT_NAMES.has(w.toLowerCase()) && [...w].length > 1);
  const particle = run.findIndex((w, k) => k > 0 && PARTICLES.has(w.toLowerCase()));
  const name = run.join(" ");
  const forms = [name, ...(particle > 0 ? [run.slice(particle).join(" ")] : []), ...single];
  return { name, parts: [...new Set(forms)] };
}

/**
 * Every contact of the journals, in the order first met, each once (by its name's key). A contact
 * whose name is a customer's is that customer, and a part that is one is left to the customer.
 */
export function contactsOf(journals: readonly (readonly Entry[])[], isCustomer: (name: string) => boolean): Contact[] {
  const byKey = new Map<string, Contact>();
  for (const entries of journals)
    for (const e of entries) {
      const who = e.answers.find((a) => a.step === STEP.who)?.answer;
      const c = typeof who === "string" ? contactOf(who) : null;
      if (!c || isCustomer(c.name)) continue;
      const key = customerKey(c.name);
      const known = byKey.get(key);
      const parts = c.parts.filter((p) => !isCustomer(p));
      byKey.set(key, known ? { ...known, parts: [...new Set([...known.parts, ...parts])] } : { ...c, parts });
    }
  return [...byKey.values()];
}
