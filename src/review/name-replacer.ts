/**
 * Finds customers' names inside free text, the way people write them in notes: "Zoe" for "Zoë",
 * "ACME bv" for "Acme BV", and "Acme" alone for "Acme BV". Matching happens on a copy of the text
 * without accents, whose positions map back to the original, so the replacement covers exactly
 * what was written.
 */

/** A company's legal form after its name: "Acme BV", "Acme B.V.", "Acme, Inc.". */
const LEGAL = String.raw`[\s,]+(?:b\.?\s?v\.?(?:\s?b\.?\s?a\.?)?|n\.?\s?v\.?|v\.?\s?o\.?\s?f\.?|c\.?\s?v\.?|vzw|ltd\.?|limited|inc\.?|llc|plc|gmbh|ag|s\.?a\.?|(?:&\s*)?co\.?)`;
const LEGAL_AT_END = new RegExp(`${LEGAL}$`, "i");
/** A legal form written right after a short name ("Acme B.V." for "Acme BV"), to replace with it. */
const LEGAL_HERE = new RegExp(`${LEGAL}(?![\\p{L}\\p{N}])`, "iuy");

/** Whole words only: a customer called "Al" does not touch "also", nor "Tel BV" "Hôtel". */
const word = (alternatives: string) => `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`;

const ASCII = /^[\x00-\x7f]*$/;

interface Folded {
  text: string;
  /** For each character of `text`, where it starts in the original (null: the same place). */
  at: number[] | null;
}

/** The text without accents, one code point at a time, remembering where each character came from. */
function fold(text: string): Folded {
  if (ASCII.test(text)) return { text, at: null };
  let folded = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const plain = ch.normalize("NFKD").replace(/\p{M}/gu, "");
    for (let k = 0; k < plain.length; k++) at.push(i);
    folded += plain;
    i += ch.length;
  }
  return { text: folded, at };
}

/** How a name is compared: without accents, its spaces as any run of white space. */
export function nameKey(name: string): string {
  return fold(name.trim()).text.replace(/\s+/g, " ");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pattern = (names: readonly string[]) =>
  [...names].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/ /g, "\\s+")).join("|");

/** The name without its legal form, when what is left still reads as a name. */
export function coreName(name: string): string | undefined {
  const core = nameKey(name).replace(LEGAL_AT_END, "").trim();
  return core !== nameKey(name) && (core.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 3 ? core : undefined;
}

/**
 * Replaces customers' names in a text by their labels. `customers` gives each label the spellings
 * of its name. Full names match in any case; a name without its legal form only as written
 * ("Bakker" for "Bakker BV", not the word "bakker"); a short form two customers share belongs to
 * neither and becomes `shared`, so it is replaced all the same.
 */
export function nameReplacer(customers: ReadonlyMap<string, Iterable<string>>, shared: string): (text: string) => string {
  const full = new Map<string, string>();
  const core = new Map<string, string>();
  for (const [label, spellings] of customers) {
    for (const s of spellings) {
      if (!nameKey(s)) continue;
      full.set(nameKey(s).toLowerCase(), label);
      const c = coreName(s);
      if (c) core.set(c, core.has(c) && core.get(c) !== label ? shared : label);
    }
  }
  for (const c of core.keys()) if (full.has(c.toLowerCase())) core.delete(c);
  const fullRe = full.size ? new RegExp(word(pattern([...full.keys()])), "giu") : undefined;
  const coreRe = core.size ? new RegExp(word(pattern([...core.keys()])), "gu") : undefined;
  const keyOf = (m: string) => m.replace(/\s+/g, " ");

  return (text) => {
    if (!fullRe) return text;
    const { text: plain, at } = fold(text);
    const found: { start: number; end: number; label: string; short?: true }[] = [];
    for (const m of plain.matchAll(fullRe)) found.push({ start: m.index, end: m.index + m[0].length, label: full.get(keyOf(m[0]).toLowerCase()) ?? shared });
    if (coreRe) {
      for (const m of plain.matchAll(coreRe)) {
        LEGAL_HERE.lastIndex = m.index + m[0].length;
        const legal = LEGAL_HERE.exec(plain);
        found.push({ start: m.index, end: m.index + m[0].length + (legal?.[0].length ?? 0), label: core.get(keyOf(m[0])) ?? shared, short: true });
      }
    }
    if (found.length === 0) return text;
    // The earliest, a full name before a short one, then the longest: "Acme BV" wins over the
    // "Acme" inside it, and keeps the full stop after it.
    found.sort((a, b) => a.start - b.start || Number(a.short ?? 0) - Number(b.short ?? 0) || b.end - a.end);
    const original = (i: number) => (at ? (i < at.length ? at[i]! : text.length) : i);
    let result = "";
    let from = 0;
    let taken = 0;
    for (const f of found) {
      if (f.start < taken) continue;
      result += text.slice(from, original(f.start)) + f.label;
      from = original(f.end);
      taken = f.end;
    }
    return result + text.slice(from);
  };
}
