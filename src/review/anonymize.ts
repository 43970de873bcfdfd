import type { Answer, Entry } from "../journal/entry.js";
import { ID_HEAD, slugify } from "../journal/naming.js";
import { customerKey } from "../journal/queries.js";
import { contactsOf } from "./contacts.js";
import { coreName, nameReplacer } from "./name-replacer.js";

/** An id's time and kind, then the tail that may hold a customer's slug. */
const ID_WITH_TAIL = new RegExp(`(${ID_HEAD})-([a-z0-9]+(?:-[a-z0-9]+)*)`, "g");

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Customer A … Z, then AA, AB, …: short, stable, and clearly not a name. */
function pseudonym(n: number, word: string): string {
  let label = "";
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) label = LETTERS[i % 26] + label;
  return `${word} ${label}`;
}

export interface Anonymizer {
  /** Replaces customer names inside a text, and the slugs in entry ids and file names. */
  scrub: (text: string) => string;
  /** An entry's id after anonymizing (ids end in the customer's slug). */
  newId: (id: string) => string;
  /** The entry with every customer's name replaced. */
  entry: (e: Entry) => Entry;
}

export interface Anonymized extends Omit<Anonymizer, "entry"> {
  journals: Entry[][];
}

/**
 * Replaces every customer name, and every contact named in a prep's "who" answer, by a pseudonym:
 * the same one for the same customer throughout the report (whatever its case, accents or legal
 * form), also where a name appears inside an answer or an action. The customers are those of all
 * `journals` given: a selection of entries still speaks of customers whose own entries are left out.
 */
export function anonymizer(journals: readonly (readonly Entry[])[], word = "Customer", contactWord = "Contact"): Anonymizer {
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
  // Ids and file names end in the customer's slug: a known one becomes the pseudonym's, any other
  // (a customer known only from a file that could not be read) is hidden. Reasons a file was
  // skipped quote ids too, and copies of files get names such as "… (conflicted copy).yaml".
  const slugs = new Map([...byKey.entries()].map(([key, pseudo]) => [slugify(key), slugify(pseudo)]));
  const known = [...slugs.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  const scrubIds = (text: string) =>
    text.replace(ID_WITH_TAIL, (_m, head: string, tail: string) => {
      if (/^\d+$/.test(tail)) return `${head}-${tail}`; // the second entry of a minute, no customer
      const slug = known.find((k) => tail === k || tail.startsWith(`${k}-`));
      return `${head}-${slug ? slugs.get(slug)! + tail.slice(slug.length) : "hidden"}`;
    });
  // The people of the preps' "who" answers, found only where written with a capital: "Ilse
  // laughed" and "ILSE BAKKER", never "the bakker next door".
  const cores = new Set([...spellings.values()].flatMap((set) => [...set].map((n) => customerKey(coreName(n)?.core ?? n))));
  const contacts = contactsOf(journals, (name) => byKey.has(customerKey(name)) || cores.has(customerKey(name)));
  const parts = new Map(contacts.map((c, i) => [pseudonym(i, contactWord), c.parts]));
  const replaceNames = nameReplacer(spellings, word, { labels: parts, shared: contactWord });
  const scrub = (text: string) => replaceNames(scrubIds(text));
  const scrubAnswer = (a: Answer): Answer => ({
    ...a,
    answer: typeof a.answer === "string" ? scrub(a.answer) : Array.isArray(a.answer) ? a.answer.map(scrub) : a.answer,
  });
  const entry = (e: Entry): Entry => ({
    ...e,
    id: scrubIds(e.id),
    ...(e.customer && { customer: byKey.get(customerKey(e.customer)) ?? word }),
    ...(e.links?.prep && { links: { ...e.links, prep: scrubIds(e.links.prep) } }),
    answers: e.answers.map(scrubAnswer),
    actions: e.actions.map((a) => ({ ...a, text: scrub(a.text) })),
  });
  return { scrub, newId: scrubIds, entry };
}

/** Every entry of the journals with its customers replaced by pseudonyms (pure). */
export function anonymizeEntries(journals: readonly (readonly Entry[])[], word = "Customer", contactWord = "Contact"): Anonymized {
  const { entry, ...rest } = anonymizer(journals, word, contactWord);
  return { ...rest, journals: journals.map((entries) => entries.map(entry)) };
}
