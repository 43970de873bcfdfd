import fs from "node:fs";
import path from "node:path";
import { sweepStaleTemps } from "../data/atomic-write.js";
import { forgetLegacyCache, forgetPlainCopies, hasCustomerIndex, updateCustomerIndex } from "./customer-index.js";
import { isSealed } from "../crypto/sealed.js";
import type { ShardSeal } from "../crypto/index-key.js";
import { indexDir, loadAnswers, loadMonth, monthOf, removeMonthsExcept, saveMonth, type IndexItem, type MonthIndex } from "./index-store.js";
import { lazyEntry } from "./lazy-entry.js";
import { forgetDerived } from "./derived.js";
import { parseFiles } from "./parse-files.js";
import { parsedAnswers, type ParsedAnswers } from "./parsed-file.js";
import { knownCustomers } from "./queries.js";
import { inRunWords } from "../data/reasons.js";
import { scanJournal, type EntryFile } from "./scan.js";
import type { Answer, StoredEntry } from "./entry.js";
import type { InvalidFile } from "../data/invalid-file.js";

export interface JournalContents {
  entries: StoredEntry[];
  invalid: InvalidFile[];
}

export interface ReadOptions {
  /** The user's cache folder, where the index lives; without it every file is parsed. */
  cacheDir?: string;
  /** Called now and then during a cold read with the number of files parsed so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** The keys that open encrypted entries, asked for only when the journal holds any. */
  keys?: () => Promise<readonly string[] | undefined>;
}

/** Where the index of this read lives and how its files are sealed; none without a cache folder. */
interface Place {
  dir: string;
  seal?: ShardSeal;
}

/**
 * Whether the index may answer for a file, as git decides for its index: the same stat data
 * (ctime too, so a hand edit that puts the time back is seen), and a file strictly older than the
 * month's index itself. A file changed in the same tick the index was written is read again.
 */
function trusted(item: IndexItem | undefined, f: EntryFile, month: MonthIndex): item is IndexItem {
  return (
    item !== undefined &&
    (item.head !== undefined || item.invalid !== undefined) &&
    item.size === f.size &&
    item.mtimeMs === f.mtimeMs &&
    item.ctimeMs === f.ctimeMs &&
    item.ino === f.ino &&
    Math.max(f.mtimeMs, f.ctimeMs) < month.writtenMs
  );
}

/**
 * The index of a plain journal is plain; that of an encrypted one is sealed to the reader, kept
 * apart for each reader, and only used with the reader's keys. What the cache folder holds of the
 * journal in plain text is removed as soon as the journal is seen encrypted.
 */
async function placeOf(cacheDir: string | undefined, journal: string, sealed: boolean, keys: readonly string[] | undefined): Promise<Place | undefined> {
  if (!cacheDir) return undefined;
  if (!sealed) {
    const dir = indexDir(cacheDir, journal);
    if (!fs.existsSync(dir)) await forgetLegacyCache(cacheDir, journal);
    return { dir };
  }
  await forgetPlainCopies(cacheDir, journal);
  if (!keys?.length) return undefined;
  try {
    const reader = await (await import("../crypto/age.js")).recipientOf(keys[0]!);
    const dir = indexDir(cacheDir, journal, reader);
    return { dir, seal: await (await import("../crypto/index-key.js")).indexSeal(dir, keys, reader) };
  } catch {
    return undefined; // read-only or full disk: carry on without an index
  }
}

/**
 * Every valid entry of a journal, oldest first, and every file that could not be used. With a
 * cache folder, an index there answers for every file it may (see `trusted`); only the other
 * files are parsed, and only their months' index files are written again. A write never touches
 * the index: the next read sees the new file by its stat data. Entries read their answers when
 * first asked for (from the index, or from the text a parse worker gave), so a report over weeks
 * does not build years of free text.
 */
export async function readJournal(journal: string, opts: ReadOptions = {}): Promise<JournalContents> {
  const scan = scanJournal(journal);
  const sealed = scan.files.some((f) => isSealed(f.rel));
  const keys = sealed && opts.keys ? await opts.keys() : undefined;
  const place = await placeOf(opts.cacheDir, journal, sealed, keys);
  const months = new Map<string, { index?: MonthIndex; files: number[] }>();
  scan.files.forEach((f, i) => {
    const m = monthOf(f.rel);
    let month = months.get(m);
    if (!month) {
      const index = place && loadMonth(place.dir, journal, m, place.seal);
      months.set(m, (month = { files: [], ...(index && { index }) }));
    }
    month.files.push(i);
  });

  const items: IndexItem[] = [];
  /** Whether the index answered for a file (else it was parsed). */
  const indexed: boolean[] = [];
  const missing: number[] = [];
  for (const month of months.values()) {
    for (const i of month.files) {
      const f = scan.files[i]!;
      const hit = month.index?.items.get(f.rel);
      if (month.index && trusted(hit, f, month.index)) {
        items[i] = hit;
        indexed[i] = true;
      } else {
        items[i] = { rel: f.rel, size: f.size, mtimeMs: f.mtimeMs, ctimeMs: f.ctimeMs, ino: f.ino };
        missing.push(i);
      }
    }
  }
  /** The answers, still packed, of the files parsed in this read. */
  const parsed = new Map<number, ParsedAnswers>();
  if (missing.length > 0) {
    const results = await parseFiles(
      missing.map((i) => scan.files[i]!.path),
      opts.onProgress && ((done) => opts.onProgress!(done, missing.length)),
      keys,
    );
    missing.forEach((i, k) => {
      const r = results[k]!;
      if (r.ok) {
        parsed.set(i, r);
        items[i]!.head = r.head;
      } else items[i]!.invalid = { ...r.invalid, path: items[i]!.rel };
    });
  }

  const bodies = new Map<string, Map<string, Answer[]>>();
  const answersOf = (m: string, stamp: string, rel: string) => (): Answer[] => {
    const key = `${m}.${stamp}`;
    let body = bodies.get(key);
    if (!body) bodies.set(key, (body = loadAnswers(place!.dir, m, stamp, place!.seal)));
    const answers = body.get(rel);
    if (!answers) throw new Error(`the journal's index lacks the answers of ${rel}`);
    return answers;
  };
  const changed = place ? await updateIndex(place, journal, months, items, indexed, parsed, answersOf) : false;

  const entries: StoredEntry[] = [];
  const invalid: InvalidFile[] = scan.invalid.map((f) => inRunWords(f));
  const root = journal.endsWith(path.sep) ? journal : journal + path.sep;
  // An entry met in both forms (a migration between `encryption on` and `off` was stopped) counts
  // once: both files hold the same entry, and the first in the scan's order is kept.
  const ids = sealed ? new Set<string>() : undefined;
  for (const [m, month] of months) {
    for (const i of month.files) {
      const item = items[i]!;
      const file = root + item.rel.split("/").join(path.sep);
      if (item.invalid) invalid.push(inRunWords({ ...item.invalid, path: file }));
      if (!item.head || ids?.has(item.head.id)) continue;
      ids?.add(item.head.id);
      const answers = parsed.get(i);
      entries.push({ entry: lazyEntry(item.head, answers === undefined ? answersOf(m, month.index!.stamp, item.rel) : () => parsedAnswers(answers)), path: file });
    }
  }
  const time = new Map(entries.map((e) => [e, Date.parse(e.entry.createdAt)]));
  entries.sort((a, b) => time.get(a)! - time.get(b)! || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  // The names completion offers, beside the index of a plain journal: looked at only when the
  // journal changed, or when an index from before there were names lacks them.
  if (place && !place.seal && (changed || !hasCustomerIndex(opts.cacheDir!, journal)))
    await updateCustomerIndex(opts.cacheDir!, journal, knownCustomers(entries));
  return { entries, invalid };
}

/**
 * Files the index does not remember. One that could not be read: permissions change without
 * touching its size or time, and it must be read again once it can be. An encrypted one that
 * could not be opened: that depends on the identity at hand, not on the file.
 */
const forgotten = (item: IndexItem) => item.invalid?.problem === "unreadable" || item.invalid?.problem === "encrypted";

/**
 * Writes the index of each month where a file was parsed or one is gone, and nothing else; says
 * whether it wrote any. An index that cannot be written is a slower next run.
 */
async function updateIndex(
  place: Place,
  journal: string,
  months: Map<string, { index?: MonthIndex; files: number[] }>,
  items: IndexItem[],
  indexed: boolean[],
  parsed: Map<number, ParsedAnswers>,
  answersOf: (m: string, stamp: string, rel: string) => () => Answer[],
): Promise<boolean> {
  let changed = false;
  try {
    for (const [m, month] of months) {
      const keep = month.files.filter((i) => !forgotten(items[i]!));
      if (!keep.some((i) => !indexed[i]) && keep.length === (month.index?.items.size ?? 0)) continue;
      changed = true;
      const answers = new Map<string, Answer[]>();
      const stored: IndexItem[] = [];
      for (const i of keep) {
        const item = items[i]!;
        stored.push(item);
        const packed = parsed.get(i);
        if (item.head) answers.set(item.rel, packed === undefined ? answersOf(m, month.index!.stamp, item.rel)() : parsedAnswers(packed));
      }
      await saveMonth(place.dir, journal, m, stored, answers, place.seal);
    }
    if (removeMonthsExcept(place.dir, new Set(months.keys()))) changed = true;
    if (changed) {
      // A file changed, perhaps in place where a fingerprint of folders does not see it.
      forgetDerived(place.dir);
      // What runs killed while writing left behind, looked for only when something was written.
      await sweepStaleTemps(place.dir);
    }
  } catch {
    /* read-only or full disk: carry on without an index */
  }
  return changed;
}
