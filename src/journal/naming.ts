import path from "node:path";
import { localIso } from "../dates.js";

const MAX_SLUG = 40;
/** Letters that Unicode does not decompose into a base letter and an accent. */
export const PLAIN_LETTERS: Record<string, string> = { æ: "ae", ø: "o", å: "a", ß: "ss", œ: "oe", ł: "l", đ: "d", þ: "th" };

/**
 * A readable, file-name-safe form of a customer name: ASCII letters and digits joined by dashes.
 * Whatever the name holds (`../`, slashes, NUL, emoji, right-to-left marks, 10,000 characters),
 * the result cannot leave the folder it is put in; it may be empty.
 */
export function slugify(name: string): string {
  return name
    .slice(0, MAX_SLUG * 4)
    .normalize("NFKD")
    .replace(/[æøåßœłđþ]/gi, (c) => PLAIN_LETTERS[c.toLowerCase()] ?? "")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG * 2)
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, "");
}

/*
 * The one owner of the entry id's form, `2026-11-24T1030-debrief-acme`: the minute it was written
 * (so names sort by time), the kind, and a tail (the customer's slug, a counter, or in an
 * encrypted journal a random tag). The file is the id plus `.yaml`, or `.yaml.age` if encrypted.
 */
const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{4}`;
const TAIL = String.raw`(?:-[a-z0-9-]+)?`;
const FILE = String.raw`\.yaml(?:\.age)?`;
/** The time and kind at the head of an id, as a regular expression's source. */
export const ID_HEAD = `${STAMP}-[a-z]+`;
export const ENTRY_ID = new RegExp(`^${ID_HEAD}${TAIL}$`);
/** An entry file: `.yaml`, or `.yaml.age` in an encrypted journal. */
export const ENTRY_NAME = new RegExp(`^${ID_HEAD}${TAIL}${FILE}$`);
/** The entry files of one kind. */
export const entryNameOf = (kind: string) => new RegExp(`^${STAMP}-${kind}${TAIL}${FILE}$`);

/** The id of an entry file, from its name. */
export const idFromName = (name: string) => name.replace(/\.yaml(\.age)?$/, "");
/** `2026-11-24T1030-debrief` of `2026-11-24T1030-debrief-acme`. */
export const timeAndKind = (id: string) => id.split("-").slice(0, 4).join("-");

function stampOf(at: Date): string {
  const iso = localIso(at);
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** `2026-11-24T1030-debrief-acme`: sorts by time and says what it is. */
export function entryBaseName(at: Date, kind: string, customer?: string): string {
  const slug = customer ? slugify(customer) : "";
  return slug ? `${stampOf(at)}-${kind}-${slug}` : `${stampOf(at)}-${kind}`;
}

/**
 * The base name of an entry in an encrypted journal: the time and kind (so that `nudge` and id
 * prefixes still work from names alone) and a random tag instead of the customer.
 */
export const sealedBaseName = (at: Date, kind: string, tag: string) => `${stampOf(at)}-${kind}-${tag}`;

/** The n-th candidate id for a new entry: the base name, then base-2, base-3, … */
export function candidateId(base: string, n: number): string {
  return n === 1 ? base : `${base}-${n}`;
}

/** `<journal>/YYYY/MM/`, taken from the id so that the folder always agrees with the name. */
export function entryDir(journal: string, id: string): string {
  return path.join(journal, id.slice(0, 4), id.slice(5, 7));
}
