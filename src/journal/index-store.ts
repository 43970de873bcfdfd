import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { replaceRebuildable } from "../data/atomic-write.js";
import type { ShardSeal } from "../crypto/index-key.js";
import type { Answer, Entry } from "./entry.js";
import { packAnswers, questionTable, unpackAnswers, type AnswerTuple } from "./answer-tuples.js";
import type { InvalidFile } from "../data/invalid-file.js";
import { STAT_FIELDS, type MonthFiles } from "./scan.js";
import { isRecord, isString } from "../data/guards.js";

/**
 * The index of a journal, one pair of files per month folder, kept in the user's cache folder.
 * The YAML files stay the only truth: the index is rebuilt from them whenever it is missing,
 * damaged or in doubt. A month's head file holds each file's stat data and what reading it gave,
 * all but the answers; its answers live in a body file named after the head's random stamp, which
 * is never rewritten: a reader holding an older head still finds the body that belongs to it.
 * Beside them, a month's digest: what reports over all time need of its entries (see
 * journal/month-digest.ts), read for a month before a report's window instead of its head.
 * For an encrypted journal all files are sealed (see index-key.ts) and end in `.age`.
 */

/** Raise when the shape of the files changes: an old index is then simply rebuilt. */
const INDEX_VERSION = 7;

/** A month's head or body is never near this; a larger file is damage and is not read. */
const MAX_SHARD_BYTES = 64 * 1024 * 1024;

/** Answers of these types are short ids, ratings or picks: kept in the head, for figures over all time. */
const COMPACT_TYPES = new Set(["rating", "confirm", "choice", "multi", "emotions", "needs"]);

/**
 * An entry without its answers: its keys in the entry's own order, `answers` held by a null in its
 * place. A read makes the entry out of this very object, setting its answers, instead of copying
 * every key into a new one; the key's place keeps JSON output the same either way.
 */
export type EntryHead = Omit<Entry, "answers"> & { answers: null };

/**
 * The values of an entry's compact answers by step. Only a step's first answer counts (as a
 * look-up in the answers finds it, should a hand edit repeat a step), and a number or yes/no is
 * kept whatever its type says: a step missing here has no answer, or one in free text.
 */
export type Steps = Record<string, Answer["answer"]>;

/**
 * What the index remembers of one file: its name in the month's folder, its stat data, and what
 * reading it gave (an entry's head, or why the file could not be used). A tuple, as the head file
 * stores it: ten thousand of them are read on every run, and an object per file with its keys and
 * its path was most of that reading.
 */
export type IndexRow =
  | [name: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, head: EntryHead, steps: Steps]
  | [name: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, head: null, invalid: InvalidFile];

/**
 * The first line of a head file; its rows, sorted by name as a scan lists the folder, are the rest.
 * Apart, so that the rows' text can be summed as it lies on disk.
 */
interface HeadLine {
  version: number;
  journal: string;
  stamp: string;
  /** The body's length: a body cut short or replaced by hand is seen before any answer is read from it. */
  bodyBytes: number;
  /**
   * The SHA-1 of the rows' text: rows edited by hand (a head without its time, `actions: null`,
   * another customer) are seen, and the month is read again from its files. Summing costs about a
   * hundredth of a warm summary; checking each row's head against the entry schema cost a tenth.
   */
  rowsSum: string;
  /**
   * The SHA-1 of the body's text (unsealed), checked when the body is read, which reads it whole
   * anyway: a body edited by hand to the same length (a rating as text, a question out of the
   * table) is seen, and its month's answers are read from their own files. Summing costs about an
   * eighth of parsing the body it sums (5.5 MB of bodies: 4 ms against 30).
   */
  bodySum: string;
}

/** A body: every question text once, and each file's answers (by name) as tuples pointing to them. */
interface BodyFile {
  questions: string[];
  answers: Record<string, AnswerTuple[]>;
}

/** A month's head as read, with the modification time of the head file itself (for the racy-file rule). */
export interface MonthIndex {
  stamp: string;
  bodySum: string;
  writtenMs: number;
  /** Sorted by name, as written (see `rowsSum`). */
  rows: IndexRow[];
}

/** Where a journal's index lives; `reader` (a recipient) keeps each identity's sealed index apart. */
export function indexDir(cacheDir: string, journal: string, reader?: string): string {
  const key = createHash("sha256")
    .update(path.resolve(journal) + (reader ? `\0${reader}` : ""))
    .digest("hex")
    .slice(0, 32);
  return path.join(cacheDir, "index", key);
}

/** The month folder of a journal file, `YYYY/MM/…` → `YYYY-MM`. */
export const monthOf = (rel: string) => rel.slice(0, 7).replace("/", "-");

const ext = (seal: ShardSeal | undefined) => (seal ? ".json.age" : ".json");
const headName = (month: string, seal?: ShardSeal) => `${month}${ext(seal)}`;
const bodyName = (month: string, stamp: string, seal?: ShardSeal) => `${month}.${stamp}.answers${ext(seal)}`;
const digestName = (month: string, seal?: ShardSeal) => `${month}.digest${ext(seal)}`;
/** Named unlike any month's files: removing the files of months gone leaves it (it holds only for the months it names). */
const joinedName = (seal?: ShardSeal) => `earlier.digest${ext(seal)}`;

/**
 * The first line of a digest file; the digest is the second. The digest stands on its own: it
 * holds for the very files it was worked out from, which `statSum` names, whatever the head says.
 */
interface DigestLine {
  version: number;
  journal: string;
  /** The names and stat data of the month's files (see `statSumOf`). */
  statSum: string;
  /** The SHA-1 of the digest's text: one edited by hand is seen, and the month read from its head. */
  sum: string;
}

/** A month's digest as read, not yet checked for its form, with the time its file was written (for the racy-file rule). */
export interface KeptDigest {
  statSum: string;
  writtenMs: number;
  digest: unknown;
}

/** The first line of the digest of many months: like a month's (see `DigestLine`), with each month's `statSum`. */
interface JoinedLine extends Omit<DigestLine, "statSum"> {
  months: [month: string, statSum: string][];
}

/** The digest of many months as read, not yet checked for its form (see `KeptDigest`). */
export interface KeptJoined {
  months: [month: string, statSum: string][];
  writtenMs: number;
  contents: unknown;
}

/**
 * The names and stat data of a month's files, summed: a scan's (its `names` and `stats`) is the
 * same as the one the digest was worked out with while no file was added, removed or changed.
 */
export function statSumOf(names: readonly string[], stats: Float64Array): string {
  const hash = createHash("sha1").update(names.join("/"));
  return hash.update(new Uint8Array(stats.buffer, stats.byteOffset, names.length * STAT_FIELDS * 8)).digest("hex");
}

/** Whether a file's times (mtime and ctime, from `at` in a scan's stats) are strictly before a time. */
export const olderThan = (stats: Float64Array, at: number, ms: number) => Math.max(stats[at + 1]!, stats[at + 2]!) < ms;

/**
 * Whether a digest holds for a month's files: the same files with the same stat data as it was
 * worked out from, all strictly older than the digest's file (the racy-file rule of the heads).
 */
export function allTrusted(files: MonthFiles, kept: { statSum: string; writtenMs: number }): boolean {
  const { stats } = files;
  for (let at = 0; at < stats.length; at += STAT_FIELDS) if (!olderThan(stats, at, kept.writtenMs)) return false;
  return statSumOf(files.names, stats) === kept.statSum;
}

/** `opened`: the file already open, with its size as stat'ed there. */
function readShard(dir: string, name: string, seal: ShardSeal | undefined, opened?: { fd: number; size: number }): Buffer {
  const file = path.join(dir, name);
  const size = opened ? opened.size : fs.statSync(file).size;
  if (size > MAX_SHARD_BYTES) throw new Error("index file too large");
  const bytes = fs.readFileSync(opened?.fd ?? file);
  return seal ? seal.open(name, bytes) : bytes;
}

/** A sum of text to see whether it is as written: not against an attacker, who could write a cache anyway. */
const sumOf = (bytes: Uint8Array) => createHash("sha1").update(bytes).digest("hex");

/**
 * A shard of two lines, a JSON head and the text it describes: undefined when the file is not
 * there, "damaged" when it cannot be read, the head is not JSON or is of another version or
 * journal. The time is taken from the open file, so that it belongs to the very content read.
 */
function loadLined(dir: string, journal: string, name: string, seal: ShardSeal | undefined): { head: Record<string, unknown>; text: Buffer; writtenMs: number } | "damaged" | undefined {
  let fd: number;
  try {
    fd = fs.openSync(path.join(dir, name), "r");
  } catch {
    return undefined;
  }
  try {
    const { mtimeMs: writtenMs, size } = fs.fstatSync(fd);
    const bytes = readShard(dir, name, seal, { fd, size });
    const end = bytes.indexOf(0x0a);
    if (end < 0) return "damaged";
    const head: unknown = JSON.parse(bytes.toString("utf8", 0, end));
    if (!isRecord(head) || head.version !== INDEX_VERSION || head.journal !== path.resolve(journal)) return "damaged";
    return { head, text: bytes.subarray(end + 1), writtenMs };
  } catch {
    return "damaged";
  } finally {
    fs.closeSync(fd);
  }
}

/** A month's head, or undefined when there is none, it is damaged or edited, or its body is gone or not the one written with it. */
export function loadMonth(dir: string, journal: string, month: string, seal?: ShardSeal): MonthIndex | undefined {
  const lined = loadLined(dir, journal, headName(month, seal), seal);
  if (lined === undefined || lined === "damaged") return undefined;
  const head = lined.head as Partial<HeadLine>;
  if (typeof head.stamp !== "string" || typeof head.bodySum !== "string" || sumOf(lined.text) !== head.rowsSum) return undefined;
  try {
    if (fs.statSync(path.join(dir, bodyName(month, head.stamp, seal)), { throwIfNoEntry: false })?.size !== head.bodyBytes) return undefined;
    const rows: unknown = JSON.parse(lined.text.toString("utf8"));
    // The sum matches whatever was summed: rows of another form (written by something else) are damage too.
    if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r) && r.length === 7 && typeof r[0] === "string")) return undefined;
    return { stamp: head.stamp, bodySum: head.bodySum, writtenMs: lined.writtenMs, rows: rows as IndexRow[] };
  } catch {
    return undefined;
  }
}

/** A file of a head line and a value summed in it (a digest's): undefined when there is none, "damaged" when it is damaged or edited. */
function loadSummed(dir: string, journal: string, name: string, seal: ShardSeal | undefined): { head: Record<string, unknown>; value: unknown; writtenMs: number } | "damaged" | undefined {
  const lined = loadLined(dir, journal, name, seal);
  if (lined === undefined || lined === "damaged") return lined;
  if (sumOf(lined.text) !== lined.head.sum) return "damaged";
  try {
    return { head: lined.head, value: JSON.parse(lined.text.toString("utf8")), writtenMs: lined.writtenMs };
  } catch {
    return "damaged";
  }
}

/** Writes a value with its head line (see `loadSummed`), the sum put in the head. */
async function saveSummed(dir: string, journal: string, name: string, head: Record<string, unknown>, value: unknown, seal: ShardSeal | undefined): Promise<void> {
  await seal?.ready();
  const kept = Buffer.from(JSON.stringify(value));
  const line = { version: INDEX_VERSION, journal: path.resolve(journal), ...head, sum: sumOf(kept) };
  await replaceRebuildable(path.join(dir, name), disk(name, Buffer.concat([Buffer.from(`${JSON.stringify(line)}\n`), kept]), seal));
}

/** A month's digest; undefined when there is none, "damaged" when it is damaged or edited (or of another version). */
export function loadDigest(dir: string, journal: string, month: string, seal?: ShardSeal): KeptDigest | "damaged" | undefined {
  const summed = loadSummed(dir, journal, digestName(month, seal), seal);
  if (summed === undefined || summed === "damaged") return summed;
  const { statSum } = summed.head as Partial<DigestLine>;
  return typeof statSum === "string" ? { statSum, writtenMs: summed.writtenMs, digest: summed.value } : "damaged";
}

const isMonthSum = (m: unknown): m is [string, string] => Array.isArray(m) && m.length === 2 && isString(m[0]) && isString(m[1]);

/** The digest of many months (see `joinDigests`); undefined when there is none or it is damaged. */
export function loadJoined(dir: string, journal: string, seal?: ShardSeal): KeptJoined | undefined {
  const summed = loadSummed(dir, journal, joinedName(seal), seal);
  if (summed === undefined || summed === "damaged") return undefined;
  const { months } = summed.head as Partial<JoinedLine>;
  return Array.isArray(months) && months.every(isMonthSum) ? { months, writtenMs: summed.writtenMs, contents: summed.value } : undefined;
}

/** Writes the digest of many months, with the names and sums of the months it stands for. */
export function saveJoined(dir: string, journal: string, months: [month: string, statSum: string][], contents: unknown, seal?: ShardSeal): Promise<void> {
  return saveSummed(dir, journal, joinedName(seal), { months }, contents, seal);
}

/**
 * A month's answers by file name, read when an entry's answers are first asked for; undefined when
 * the body is damaged: unreadable, not as written (see `bodySum`), or not unpacking. A damaged
 * body is removed, so that the next read finds its head naming no body, as after a head edited by
 * hand, and writes the month anew from its files; this read is past writing the index.
 */
export function loadAnswers(dir: string, month: string, index: Pick<MonthIndex, "stamp" | "bodySum">, seal?: ShardSeal): Map<string, Answer[]> | undefined {
  const name = bodyName(month, index.stamp, seal);
  try {
    const text = readShard(dir, name, seal);
    if (sumOf(text) !== index.bodySum) throw new Error("index body edited");
    const data = JSON.parse(text.toString("utf8")) as BodyFile;
    const out = new Map<string, Answer[]>();
    for (const [file, tuples] of Object.entries(data.answers)) out.set(file, unpackAnswers(tuples, data.questions));
    return out;
  } catch {
    fs.rmSync(path.join(dir, name), { force: true });
    return undefined;
  }
}

export function headOf(entry: Entry): { head: EntryHead; steps: Steps } {
  const steps: Steps = {};
  const seen = new Set<string>();
  for (const a of entry.answers) {
    if (seen.has(a.step)) continue;
    seen.add(a.step);
    if (COMPACT_TYPES.has(a.type) || typeof a.answer === "number" || typeof a.answer === "boolean") steps[a.step] = a.answer;
  }
  return { head: { ...entry, answers: null }, steps };
}

export interface MonthContent {
  rows: IndexRow[];
  answers: Map<string, Answer[]>;
  /** What reports over all time need of the month, and the sum of the files it holds for (see `statSumOf`). */
  digest?: { digest: unknown; statSum: string };
}

/**
 * Writes a month: the body under a new stamp first, then the head that names it, each atomically.
 * Killed between the two, the old head still names its own body. Bodies of earlier stamps are
 * removed once old enough that no reader can still be using them. The digest comes last, or is
 * removed: one left from before holds only for the files it names.
 */
export async function saveMonth(dir: string, journal: string, month: string, { rows, answers, digest }: MonthContent, seal?: ShardSeal): Promise<void> {
  const stamp = randomBytes(6).toString("hex");
  const table = questionTable();
  const body: BodyFile = { questions: table.texts, answers: {} };
  for (const [name, list] of answers) body.answers[name] = packAnswers(list, table);
  await seal?.ready();
  const plain = Buffer.from(JSON.stringify(body));
  const bodyBytes = disk(bodyName(month, stamp, seal), plain, seal);
  await replaceRebuildable(path.join(dir, bodyName(month, stamp, seal)), bodyBytes);
  // JSON puts no line break inside a value: the first one ends the head line.
  const text = Buffer.from(JSON.stringify(rows));
  const head: HeadLine = { version: INDEX_VERSION, journal: path.resolve(journal), stamp, bodyBytes: bodyBytes.length, rowsSum: sumOf(text), bodySum: sumOf(plain) };
  const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), text]);
  await replaceRebuildable(path.join(dir, headName(month, seal)), disk(headName(month, seal), bytes, seal));
  removeOldBodies(dir, month, bodyName(month, stamp, seal));
  if (!digest) return fs.rmSync(path.join(dir, digestName(month, seal)), { force: true });
  await saveSummed(dir, journal, digestName(month, seal), { statSum: digest.statSum }, digest.digest, seal);
}

const disk = (name: string, bytes: Buffer, seal: ShardSeal | undefined): Buffer => (seal ? seal.seal(name, bytes) : bytes);

/** Older than this, a body no head names is a leftover: no run reads that long. */
const STALE_MS = 60 * 60 * 1000;

function removeOldBodies(dir: string, month: string, keep: string): void {
  const now = Date.now();
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(`${month}.`) || !name.includes(".answers.") || name === keep) continue;
    const p = path.join(dir, name);
    try {
      if (now - fs.statSync(p).mtimeMs > STALE_MS) fs.rmSync(p, { force: true });
    } catch {
      /* removed by another run */
    }
  }
}

/**
 * Removes the files of months that no longer exist in the journal (their bodies too: no head
 * names them); says whether there were any.
 */
export function removeMonthsExcept(dir: string, months: ReadonlySet<string>): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return false;
  }
  let removed = false;
  for (const name of names) {
    const month = /^(\d{4}-\d{2})\.(?:[0-9a-f]+\.answers\.|digest\.)?json(?:\.age)?$/.exec(name)?.[1];
    if (month && !months.has(month)) {
      fs.rmSync(path.join(dir, name), { force: true });
      removed = true;
    }
  }
  return removed;
}
