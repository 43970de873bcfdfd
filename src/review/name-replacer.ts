/**
 * Finds customers' names inside free text the way people write them in notes: "Zoe" for "Zoë",
 * "ACME b.v." for "Acme BV", and "Acme" alone for "Acme BV". Text and names are compared in a plain
 * form (no accents, lower case) whose positions map back to the original, so a replacement covers
 * exactly what was written. At each word of the text the names are followed in a tree of their
 * characters, so the time grows with the text, not with the number of customers.
 */
import { PLAIN_LETTERS } from "../journal/naming.js";
import legalForms from "./legal-forms.json" with { type: "json" };

/** How a legal form is compared: "B.V." and "BV" are the same, "bv." (for example) is not. */
const legalKey = (s: string) => s.replace(/[\s.,&]/g, "");

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const ASCII = /^[\x00-\x7f]*$/;

interface Plain {
  text: string;
  /** For each character of `text`, where it starts in the original (null: at the same place). */
  at: number[] | null;
}

function plainLetters(ch: string): string {
  if (!LETTER_OR_MARK.test(ch)) return INVISIBLE.test(ch) ? "" : ch === "\u2019" || ch === "\u2018" ? "'" : ch;
  const lower = ch.toLowerCase();
  return PLAIN_LETTERS[lower] ?? (lower === "ı" ? "i" : lower.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase());
}

/** The text in lower case, letters without accents; anything else (™, ½, spaces) as it is. */
function plain(text: string): Plain {
  if (ASCII.test(text)) return { text: text.toLowerCase(), at: null };
  let out = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const p = plainLetters(ch);
    for (let k = 0; k < p.length; k++) at.push(i);
    out += p;
    i += ch.length;
  }
  return { text: out, at };
}

/** A legal form as it is looked up: plain letters and signs, without full stops and spaces ("bv", "a/s", "spzoo"). */
const formKey = (form: string) => plain(form).text.replace(/[.\s]+/g, "");

/** The abbreviations of the ISO 20275 code list (scripts/legal-forms.mjs), and "& Co". */
const FORMS = new Set([...legalForms.forms, "& Co"].map(formKey));
/** Every beginning of a form: the search at a name's end stops as soon as none goes on. */
const FORM_STARTS = new Set([...FORMS].flatMap((f) => Array.from({ length: f.length }, (_, n) => f.slice(0, n + 1))));
const SEPARATOR = /[\s,]/;
const NOT_AFTER_FORM = /[\p{L}\p{N}-]/u;

/**
 * The legal form written in plain text `p` at `at` ("Acme BV", "Ørsted A/S", "Acme, Inc."), with
 * the comma or spaces before it, the longest one; each full stop and single space optional, so
 * "B.V.", "b.v." and "BV" are all found. Not the start of a word ("cv-ketel").
 */
function legalFormAt(p: string, at: number): string | undefined {
  let i = at;
  while (i < p.length && SEPARATOR.test(p[i]!)) i++;
  if (i === at) return undefined;
  let key = "";
  let found: string | undefined;
  for (; i < p.length; i++) {
    const ch = p[i]!;
    if (/\s/.test(ch)) {
      if (/\s/.test(p[i - 1]!)) break;
      continue;
    }
    if (ch !== ".") key += ch;
    if (!FORM_STARTS.has(key)) break;
    if (FORMS.has(key) && !NOT_AFTER_FORM.test(p[i + 1] ?? "")) found = p.slice(at, i + 1);
  }
  return found;
}

/** The legal form at the end of a name, the longest one: where it starts, and as written. */
function legalFormAtEnd(name: string): { index: number; written: string } | undefined {
  const p = plain(name);
  for (let k = 1; k < p.text.length; k++) {
    if (SEPARATOR.test(p.text[k - 1]!) || !SEPARATOR.test(p.text[k]!)) continue;
    const form = legalFormAt(p.text, k);
    if (form && k + form.length === p.text.length) {
      const index = p.at ? p.at[k]! : k;
      return { index, written: name.slice(index) };
    }
  }
  return undefined;
}

/** A name's plain form, as it is compared: no leading or trailing punctuation, single spaces. */
function nameKey(name: string): string {
  return plain(name).text.replace(/\s+/g, " ").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** The name without its legal form, when what is left still reads as a name. */
export function coreName(name: string): { core: string; legal: string } | undefined {
  const m = legalFormAtEnd(name.trim());
  if (!m) return undefined;
  const core = name.trim().slice(0, m.index).trim();
  return (nameKey(core).match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 3 ? { core, legal: legalKey(m.written) } : undefined;
}

const wordCharAt = (text: string, i: number) => i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));

interface ShortForm {
  /** Its customers, each with the legal forms written after it. */
  labels: Map<string, Set<string>>;
  /** Typed without capitals: then it is found in any case. */
  anyCase: boolean;
  /** What it becomes when several share it, if not the customers' shared label (a contact's word). */
  shared?: string;
}

/** Names found only where written with a capital: a contact's whole name, surname, first or last name. */
export interface NameWords {
  /** Each label with its words. */
  labels: ReadonlyMap<string, Iterable<string>>;
  /** A word several labels share becomes this. */
  shared: string;
}

/** A tree of the names' characters: the names that start alike share a path. */
interface Node {
  next: Map<string, Node>;
  full?: string;
  /** A full name of one word, typed with capitals ("Apple"), is found only with one: not in "an apple a day". */
  fullNeedsCapital?: boolean;
  short?: ShortForm;
}

function nodeFor(root: Node, key: string): Node {
  let node = root;
  // By UTF-16 unit, as the text is walked.
  for (let k = 0; k < key.length; k++) {
    const ch = key[k]!;
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = { next: new Map() }));
    node = child;
  }
  return node;
}

const SPACE = /\s/;

/**
 * Replaces customers' names in a text by their labels. `customers` gives each label the spellings
 * of its name. A full name is found in any case, but one word typed with capitals only with one. A name without its legal form is found only with
 * a capital ("Bakker" for "Bakker BV", not the word "bakker"), unless it was typed without; a short
 * form two customers share belongs to neither and becomes `shared`, so it is replaced all the same.
 */
export function nameReplacer(customers: ReadonlyMap<string, Iterable<string>>, shared: string, words?: NameWords): (text: string) => string {
  const full = new Map<string, string>();
  const anyCase = new Set<string>();
  const short = new Map<string, ShortForm>();
  for (const [label, spellings] of customers) {
    for (const s of spellings) {
      const key = nameKey(s);
      if (!key) continue;
      full.set(key, label);
      const c = coreName(s);
      if (key.includes(" ") || c || !/\p{Lu}/u.test(s)) anyCase.add(key);
      if (!c) continue;
      const core = nameKey(c.core);
      const form = short.get(core) ?? { labels: new Map(), anyCase: false };
      if (!form.labels.has(label)) form.labels.set(label, new Set());
      form.labels.get(label)!.add(c.legal);
      form.anyCase ||= !/\p{Lu}/u.test(c.core);
      short.set(core, form);
    }
  }
  // A word that is a customer's name, or its name without legal form, stays the customer's.
  for (const [label, list] of words?.labels ?? []) {
    for (const w of list) {
      const key = nameKey(w);
      if (!key || full.has(key) || (short.has(key) && short.get(key)!.shared === undefined)) continue;
      const form = short.get(key) ?? { labels: new Map(), anyCase: false, shared: words!.shared };
      form.labels.set(label, new Set());
      short.set(key, form);
    }
  }
  const root: Node = { next: new Map() };
  for (const [key, label] of full) Object.assign(nodeFor(root, key), { full: label, fullNeedsCapital: !anyCase.has(key) });
  for (const [key, form] of short) nodeFor(root, key).short = form;

  return (text) => {
    if (full.size === 0 && short.size === 0) return text;
    const { text: p, at } = plain(text);
    const original = (i: number) => (at ? (i < at.length ? at[i]! : text.length) : i);
    /** The longest name that starts at `start`; at the same length a full name before a short form. */
    const longest = (start: number) => {
      let best: { end: number; label: string } | undefined;
      let node: Node | undefined = root;
      for (let i = start; node; ) {
        if (i > start && !wordCharAt(p, i)) {
          for (const found of [
            node.full !== undefined && (!node.fullNeedsCapital || /\p{Lu}/u.test(text.slice(original(start), original(i)))) ? { end: i, label: node.full } : undefined,
            node.short && shortMatch(node.short, text.slice(original(start), original(i)), p, i, text, original, shared),
          ])
            if (found && (!best || found.end > best.end)) best = found;
        }
        if (i >= p.length) break;
        if (SPACE.test(p[i]!)) {
          // A space in a name matches any run of white space.
          node = node.next.get(" ");
          while (i < p.length && SPACE.test(p[i]!)) i++;
        } else node = node.next.get(p[i++]!);
      }
      return best;
    };
    let result = "";
    let from = 0;
    let taken = 0;
    for (const word of p.matchAll(WORD)) {
      if (word.index < taken) continue;
      const best = longest(word.index);
      if (!best) continue;
      result += text.slice(from, original(word.index)) + best.label;
      from = original(best.end);
      taken = best.end;
    }
    return taken === 0 ? text : result + text.slice(from);
  };
}

/** A short form found at `end`: whose it is, taking a legal form written after it along. */
function shortMatch(form: ShortForm, written: string, p: string, end: number, text: string, original: (i: number) => number, shared: string): { end: number; label: string } | undefined {
  if (!form.anyCase && !/\p{Lu}/u.test(written)) return undefined;
  const legal = legalFormAt(p, end);
  if (legal) {
    // The full stop of "B.V." belongs to it; the one of "BV." ends the sentence.
    const length = legal.endsWith(".") && !legal.slice(0, -1).includes(".") ? legal.length - 1 : legal.length;
    const key = legalKey(text.slice(original(end), original(end + length)));
    const owners = [...form.labels].filter(([, forms]) => forms.has(key)).map(([label]) => label);
    if (owners.length > 0) return { end: end + length, label: owners.length === 1 ? owners[0]! : shared };
  }
  return { end, label: form.labels.size === 1 ? [...form.labels.keys()][0]! : (form.shared ?? shared) };
}
