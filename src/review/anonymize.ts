import type { Answer, Entry } from "../journal/entry.js";
import { slugify } from "../journal/naming.js";
import { customerKey } from "../journal/queries.js";
import { nameReplacer } from "./name-replacer.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Customer A … Z, then AA, AB, …: short, stable, and clearly not a name. */
function pseudonym(n: number, word: string): string {
  let label = "";
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) label = LETTERS[i % 26] + label;
  return `${word} ${label}`;
}

export interface Anonymizer {
  customers: number;
  /** Replaces customer names inside a text. */
  scrub: (text: string) => string;
  /** The same for a file path, whose name may carry a customer's slug. */
  scrubPath: (path: string) => string;
  /** An entry's id after anonymizing (ids end in the customer's slug). */
  newId: (id: string) => string;
  /** The entry with every customer's name replaced. */
  entry: (e: Entry) => Entry;
}

export interface Anonymized extends Omit<Anonymizer, "entry"> {
  journals: Entry[][];
}

/**
 * Replaces every customer name by a pseudonym, the same one for the same customer throughout the
 * report (whatever its case, accents or legal form), also where a name appears inside an answer or
 * an action. The customers are those of all `journals` given: a selection of entries still speaks
 * of customers whose own entries are left out.
 */
export function anonymizer(journals: readonly (readonly Entry[])[], word = "Customer"): Anonymizer {
  const byKey = new Map<string, string>();
  // Each pseudonym with the spellings of its customer's name.
  const spellings = new Map<string, Set<string>>();
  for (const entries of journals) {
    for (const e of entries) {
      if (!e.customer) continue;
      const key = customerKey(e.customer);
      if (!byKey.has(key)) byKey.set(key, pseudonym(byKey.size, word));
      const label = byKey.get(key)!;
      if (!spellings.has(label)) spellings.set(label, new Set());
      spellings.get(label)!.add(e.customer);
    }
  }
  const scrub = nameReplacer(spellings, word);
  const scrubAnswer = (a: Answer): Answer => ({
    ...a,
    answer: typeof a.answer === "string" ? scrub(a.answer) : Array.isArray(a.answer) ? a.answer.map(scrub) : a.answer,
  });
  // Ids end in the customer's slug: they get the pseudonym's, and links follow.
  const ids = new Map<string, string>();
  for (const entries of journals) {
    for (const e of entries) {
      const m = /^(\d{4}-\d{2}-\d{2}T\d{4}-[a-z]+)(?:-.*?)?(-\d+)?$/.exec(e.id);
      if (e.customer && m) ids.set(e.id, `${m[1]}-${slugify(byKey.get(customerKey(e.customer))!)}${m[2] ?? ""}`);
    }
  }
  const newId = (id: string) => ids.get(id) ?? id;
  // A file name carries its customer's slug: a known one becomes the pseudonym's, any other is hidden.
  const slugs = new Map([...byKey.entries()].map(([key, pseudo]) => [slugify(key), slugify(pseudo)]));
  const scrubPath = (p: string) =>
    scrub(
      p.replace(/(\d{4}-\d{2}-\d{2}T\d{4}-[a-z]+)-([a-z0-9-]+?)(-\d+)?(\.ya?ml)$/, (_m, head: string, slug: string, n = "", ext: string) =>
        `${head}-${slugs.get(slug) ?? "hidden"}${n}${ext}`,
      ),
    );
  const entry = (e: Entry): Entry => ({
    ...e,
    id: newId(e.id),
    ...(e.customer && { customer: byKey.get(customerKey(e.customer)) ?? word }),
    ...(e.links?.prep && { links: { ...e.links, prep: newId(e.links.prep) } }),
    answers: e.answers.map(scrubAnswer),
    actions: e.actions.map((a) => ({ ...a, text: scrub(a.text) })),
  });
  return { customers: byKey.size, scrub, scrubPath, newId, entry };
}

/** Every entry of the journals with its customers replaced by pseudonyms (pure). */
export function anonymizeEntries(journals: readonly (readonly Entry[])[], word = "Customer"): Anonymized {
  const { entry, ...rest } = anonymizer(journals, word);
  return { ...rest, journals: journals.map((entries) => entries.map(entry)) };
}
