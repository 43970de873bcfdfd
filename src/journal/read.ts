import fs from "node:fs";
import { sep } from "node:path";
import { sweepStaleTemps } from "../data/atomic-write.js";
import { forgetLegacyCache, forgetPlainCopies, hasCustomerIndex, updateCustomerIndex } from "./customer-index.js";
import { hasRecipients, isSealed } from "../crypto/sealed.js";
import type { ShardSeal } from "../crypto/index-key.js";
import { indexDir, loadAnswers, loadDigest, loadMonth, removeMonthsExcept, saveMonth, statSumOf, type EntryHead, type IndexRow, type KeptDigest, type MonthIndex, type Steps } from "./index-store.js";
import { lazyEntry, type AnswersSource } from "./lazy-entry.js";
import { answersAgain } from "./answers-again.js";
import { forgetDerived } from "./derived.js";
import { sortInJournalOrder } from "./order.js";
import { parsedAnswers, type PackedAnswers } from "./parsed-file.js";
import { knownCustomers } from "./queries.js";
import { inRunWords } from "../data/reasons.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { relOf, scanMonths, STAT_FIELDS, type MonthFiles } from "./scan.js";
import type { Answer, Entry, StoredEntry } from "./entry.js";
import type { InvalidFile } from "../data/invalid-file.js";
import type { MonthContents, MonthDigest } from "./month-digest.js";
import { dayOf } from "../dates.js";

export interface JournalContents {
  entries: StoredEntry[];
  invalid: InvalidFile[];
  /**
   * The stat data (size, mtime, ctime, inode) a file had when this read looked at it, before its
   * entry was read; by the path `entries` give. A file changed since then no longer has it.
   */
  statOf?: (path: string) => number[] | undefined;
  /**
   * With `digestsBefore`: the digests of the months that came as such, oldest first. Their entries
   * are not in `entries`, and come before all of them in the journal's order.
   */
  earlier?: MonthDigest[];
}

export interface ReadOptions {
  /** The user's cache folder, where the index lives; without it every file is parsed. */
  cacheDir?: string;
  /** Called now and then during a cold read with the number of files parsed so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** The keys that open encrypted entries, asked for only when the journal holds any. */
  keys?: () => Promise<readonly string[] | undefined>;
  /**
   * A day: a month whose entries all lie before it, and whose files the index may answer for,
   * comes as its digest (see journal/month-digest.ts) instead of as entries. For reports over a window.
   */
  digestsBefore?: string;
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
function trusted(row: IndexRow, stats: Float64Array, at: number, writtenMs: number): boolean {
  return (
    row[1] === stats[at] &&
    row[2] === stats[at + 1] &&
    row[3] === stats[at + 2] &&
    row[4] === stats[at + 3] &&
    olderThan(stats, at, writtenMs)
  );
}

/** Whether a file's times (mtime and ctime, from `at` in the scan's stats) are strictly before a time. */
const olderThan = (stats: Float64Array, at: number, ms: number) => Math.max(stats[at + 1]!, stats[at + 2]!) < ms;

/** What reading a file gave: its entry's head, or why it cannot be used. */
type Found = EntryHead | InvalidFile;
const isInvalid = (f: Found): f is InvalidFile => "problem" in f;

/**
 * A month of the journal as this read sees it. The index's rows are not kept: what the index
 * answered is the same as a row made from the scan's stat data, and a read's survivors are what
 * its garbage collection copies.
 */
interface MonthRead {
  files: MonthFiles;
  /** The month's index: the stamp its answers are kept under, their sum, and how many files it held. */
  index?: { stamp: string; bodySum: string; files: number };
  /** For each file, what reading it gave (from the index, where it may answer). */
  found: Found[];
  /** For each entry among them, its compact answers. */
  steps: Steps[];
  /** The files parsed in this read, by their place in `files`. */
  fresh: number[];
  /** Whether a file the index held changed: perhaps in place, where its folder's time does not tell. */
  rewritten: boolean;
  /** Whether its digest is damaged: the month is written again, from its rows, for a digest anew. */
  redigest?: true;
  /** The answers, still packed, of the entries among them, by file name. */
  parsed: Map<string, PackedAnswers>;
}

/** What the index may answer for each file (names and rows are both sorted: one pass). */
function answered(files: MonthFiles, index: MonthIndex | undefined): { found: (Found | undefined)[]; steps: Steps[]; rewritten: boolean } {
  const out: (Found | undefined)[] = new Array(files.names.length);
  const steps: Steps[] = new Array(files.names.length);
  const rows = index?.rows ?? [];
  let rewritten = false;
  let r = 0;
  for (let i = 0; i < files.names.length; i++) {
    const name = files.names[i]!;
    while (r < rows.length && rows[r]![0] < name) r++;
    const row = rows[r];
    if (row?.[0] !== name) continue;
    if (!trusted(row, files.stats, i * STAT_FIELDS, index!.writtenMs)) {
      rewritten = true;
      continue;
    }
    if (row[5]) {
      out[i] = row[5];
      steps[i] = row[6];
    } else out[i] = row[6];
  }
  return { found: out, steps, rewritten };
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
  const scan = scanMonths(journal);
  const sealed = scan.months.some((m) => m.names.some(isSealed));
  const keys = sealed && opts.keys ? await opts.keys() : undefined;
  const place = await placeOf(opts.cacheDir, journal, sealed, keys);

  const months: MonthRead[] = [];
  const earlier: MonthDigest[] = [];
  const digestMonths = new Set<string>();
  /** In the scan's order, each month read, or the files skipped in a month that came as a digest. */
  const slots: (MonthRead | InvalidFile[])[] = [];
  /** The files no index answers for, as places: month, file. */
  const missing: [number, number][] = [];
  const digests = place && opts.digestsBefore !== undefined ? await import("./month-digest.js") : undefined;
  for (const files of scan.months) {
    let redigest = false;
    if (place && digests) {
      const kept = loadDigest(place.dir, journal, files.month, place.seal);
      const month = typeof kept === "object" && digests.isMonthContents(kept.digest) ? kept.digest : undefined;
      redigest = kept !== undefined && !month;
      if (month && allTrusted(files, kept as KeptDigest) && month.digest.lastDay < opts.digestsBefore!) {
        earlier.push(month.digest);
        digestMonths.add(files.month);
        slots.push(month.skipped.map(([name, f]) => inRunWords({ ...f, path: files.dir + name })));
        continue;
      }
    }
    const index = place && loadMonth(place.dir, journal, files.month, place.seal);
    const { found, steps, rewritten } = answered(files, index);
    const fresh: number[] = [];
    for (let i = 0; i < found.length; i++) if (!found[i]) fresh.push(i);
    for (const i of fresh) missing.push([months.length, i]);
    const read: MonthRead = { files, ...(index && { index: { stamp: index.stamp, bodySum: index.bodySum, files: index.rows.length } }), found: found as Found[], steps, fresh, rewritten, ...(redigest && { redigest: true as const }), parsed: new Map() };
    months.push(read);
    slots.push(read);
  }
  if (missing.length > 0) {
    // Loaded only to parse: a warm read needs no parse workers (nor the module that starts them).
    const { parseFiles } = await import("./parse-files.js");
    const results = await parseFiles(
      missing.map(([m, i]) => months[m]!.files.dir + months[m]!.files.names[i]!),
      opts.onProgress && ((done) => opts.onProgress!(done, missing.length)),
      keys,
    );
    missing.forEach(([m, i], k) => {
      const month = months[m]!;
      const r = results[k]!;
      if (r.ok) {
        month.parsed.set(month.files.names[i]!, r.answers);
        month.steps[i] = r.steps;
      }
      // The index keeps a file's place in the journal, not where the journal happens to be.
      month.found[i] = r.ok ? r.head : { ...r.invalid, path: relOf(month.files.month, month.files.names[i]!) };
    });
  }

  /**
   * A month's answers by file name: those parsed now, else the index's (its body read once), else,
   * the body being damaged, those of the month's entries read again from their files.
   */
  const answersIn = (month: MonthRead): AnswersSource => {
    let body: Map<string, Answer[]> | undefined;
    return (name) => {
      const packed = month.parsed.get(name);
      if (packed !== undefined) return parsedAnswers(packed);
      body ??=
        loadAnswers(place!.dir, month.files.month, month.index!, place!.seal) ??
        answersAgain(month.files.dir, month.files.names.filter((n, i) => !isInvalid(month.found[i]!) && !month.parsed.has(n)), keys);
      const answers = body.get(name);
      // Only when the file changed or went away since the scan: read again, it is seen as such.
      if (!answers) throw new UserError(t().errors.goneWhileRead(month.files.dir + name));
      return answers;
    };
  };
  const sources = new Map(months.map((m) => [m, answersIn(m)]));
  // Written before the heads become entries below (which sets their answers in place).
  const changed = place ? await updateIndex(place, journal, scan.months, months, sources) : false;

  const entries: StoredEntry[] = [];
  const invalid: InvalidFile[] = scan.invalid.map((f) => inRunWords(f));
  // An entry met in both forms (a migration between `encryption on` and `off` was stopped) counts
  // once: both files hold the same entry, and the first in the scan's order is kept.
  const ids = sealed ? new Set<string>() : undefined;
  for (const month of slots) {
    if (Array.isArray(month)) {
      invalid.push(...month);
      continue;
    }
    const { dir, names } = month.files;
    const source = sources.get(month)!;
    for (let i = 0; i < names.length; i++) {
      const found = month.found[i]!;
      const name = names[i]!;
      if (isInvalid(found)) invalid.push(inRunWords({ ...found, path: dir + name }));
      else if (!ids?.has(found.id)) {
        ids?.add(found.id);
        entries.push({ entry: lazyEntry(found, month.steps[i]!, source, name), path: dir + name });
      }
    }
  }
  inTimeOrder(entries);
  const namesToWrite = changed || (place && !place.seal && !hasCustomerIndex(opts.cacheDir!, journal));
  if (earlier.length > 0 && (namesToWrite || !digestsFit(earlier, entries, { before: opts.digestsBefore!, months: digestMonths }))) {
    return readJournal(journal, { ...opts, digestsBefore: undefined });
  }
  // The names completion offers, beside the index of a plain journal: looked at only when the
  // journal changed, or when an index from before there were names lacks them.
  if (place && !place.seal && (changed || !hasCustomerIndex(opts.cacheDir!, journal))) {
    await updateCustomerIndex(opts.cacheDir!, journal, knownCustomers(entries));
    // `encryption on` writes the recipients, then removes the plain cache: what a read that began
    // before wrote after that removal is removed here.
    if (hasRecipients(journal)) await forgetPlainCopies(opts.cacheDir!, journal);
  }
  return { entries, invalid, statOf: statsOfScan(scan.months), ...(earlier.length > 0 && { earlier }) };
}

/**
 * Whether a month's digest holds for its files: the same files with the same stat data as it was
 * worked out from, all strictly older than it (see `trusted`). Its head's rows are then not read.
 */
function allTrusted(files: MonthFiles, kept: KeptDigest): boolean {
  const { stats } = files;
  for (let at = 0; at < stats.length; at += STAT_FIELDS) if (!olderThan(stats, at, kept.writtenMs)) return false;
  return statSumOf(files.names, stats) === kept.statSum;
}

/**
 * Whether the digests read stand for their months' entries as a report needs: each month's
 * entries before the next one's and before every entry read (a hand edit can date an entry
 * anywhere), and the prep of every debrief from `before` on (a report may look it up) among the
 * entries read, unless it is in no month that came as a digest (an entry's id begins with its
 * month; a prep removed is found nowhere). When not, the journal is read again without digests:
 * rare, and slower, never wrong. So it is when names are to be written from the entries (the
 * completion's, after a change).
 */
function digestsFit(earlier: readonly MonthDigest[], entries: readonly StoredEntry[], digested: { before: string; months: ReadonlySet<string> }): boolean {
  let last = -Infinity;
  for (const d of earlier) {
    if (d.first === "") continue;
    if (!(Date.parse(d.first) > last)) return false;
    last = Date.parse(d.last);
  }
  if (entries.length > 0 && !(Date.parse(entries[0]!.entry.createdAt) > last)) return false;
  const preps = new Set<string>();
  for (const { entry } of entries) if (entry.kind === "prep") preps.add(entry.id);
  return entries.every(({ entry }) => {
    const prep = entry.kind === "debrief" ? entry.links?.prep : undefined;
    return !prep || preps.has(prep) || !digested.months.has(prep.slice(0, 7)) || dayOf(entry.createdAt) < digested.before;
  });
}

/** The scan's stat data of a file, by the folder's path and the file's name that make its path. */
function statsOfScan(months: readonly MonthFiles[]): (path: string) => number[] | undefined {
  const byDir = new Map(months.map((m) => [m.dir, m]));
  return (p) => {
    const cut = p.lastIndexOf(sep) + 1;
    const month = byDir.get(p.slice(0, cut));
    const i = month ? month.names.indexOf(p.slice(cut)) : -1;
    return i < 0 ? undefined : Array.from(month!.stats.subarray(i * STAT_FIELDS, (i + 1) * STAT_FIELDS));
  };
}

/**
 * Sorts entries oldest first (by their time, then id). Names begin with the minute an entry was
 * written, so the scan's order almost always is this order already: then it is only checked, and
 * mostly without parsing a date (see `earlier`).
 */
function inTimeOrder(entries: StoredEntry[]): void {
  let sorted = true;
  for (let i = 1; i < entries.length && sorted; i++) sorted = !precedes(entries[i]!.entry, entries[i - 1]!.entry);
  if (sorted) return;
  sortInJournalOrder(entries, (e) => e.entry);
}

/** Whether `a` comes before `b` in the journal's order (see `earlier`). */
function precedes(a: Entry, b: Entry): boolean {
  const c = earlier(a, b);
  return c < 0 || (c === 0 && a.id < b.id);
}

/**
 * Two times in the same form and zone (the same length, the same offset at their end) compare as
 * text, as almost all of one journal's do; others as the moments they name.
 */
function earlier(a: Entry, b: Entry): number {
  const x = a.createdAt;
  const y = b.createdAt;
  let same = x.length === y.length;
  for (let k = x.length - (x.endsWith("Z") ? 1 : 6); same && k < x.length; k++) same = x.charCodeAt(k) === y.charCodeAt(k);
  return same ? (x < y ? -1 : x > y ? 1 : 0) : Date.parse(x) - Date.parse(y);
}

/**
 * Files the index does not remember. One that could not be read: permissions change without
 * touching its size or time, and it must be read again once it can be. An encrypted one that
 * could not be opened: that depends on the identity at hand, not on the file.
 */
const forgotten = (f: Found) => isInvalid(f) && (f.problem === "unreadable" || f.problem === "encrypted");

/**
 * Writes the index of each month where a file was parsed or one is gone, and nothing else; says
 * whether it wrote any. An index that cannot be written is a slower next run.
 */
async function updateIndex(place: Place, journal: string, scanned: readonly MonthFiles[], months: readonly MonthRead[], sources: ReadonlyMap<MonthRead, AnswersSource>): Promise<boolean> {
  let changed = false;
  /** Loaded when a month is written: a warm read writes none. */
  let digests: typeof import("./month-digest.js") | undefined;
  /** Whether a change may be one that the values kept beside the index (see derived.ts) do not see. */
  let unseen = false;
  try {
    for (const month of months) {
      const { names, stats } = month.files;
      // Counted first: a warm read writes nothing, and builds no list of a month's files for that.
      let kept = 0;
      for (const f of month.found) if (!forgotten(f)) kept++;
      if (!month.redigest && !month.fresh.some((i) => !forgotten(month.found[i]!)) && kept === (month.index?.files ?? 0)) continue;
      changed = true;
      // A file added or removed changes its folder's time, which those values hold; a month
      // without an index cannot tell such a file from one changed in place.
      if (month.rewritten || !month.index) unseen = true;
      const keep = month.found.flatMap((f, i) => (forgotten(f) ? [] : [i]));
      const rows: IndexRow[] = [];
      const answers = new Map<string, Answer[]>();
      const valid: Entry[] = [];
      const ids = new Set<string>();
      for (const i of keep) {
        const f = month.found[i]!;
        const name = names[i]!;
        // The stat data of the scan: for a file the index answered for, the very same as its row's.
        const stat = [name, stats[i * STAT_FIELDS]!, stats[i * STAT_FIELDS + 1]!, stats[i * STAT_FIELDS + 2]!, stats[i * STAT_FIELDS + 3]!] as const;
        if (isInvalid(f)) rows.push([...stat, null, f]);
        else {
          rows.push([...stat, f, month.steps[i]!]);
          const list = sources.get(month)!(name);
          answers.set(name, list);
          // As the read counts them: an entry met in both forms once (see `readJournal`).
          if (!place.seal || !ids.has(f.id)) valid.push({ ...f, answers: list });
          ids.add(f.id);
        }
      }
      digests ??= await import("./month-digest.js");
      const skipped = rows.flatMap((r): [string, InvalidFile][] => (r[5] === null ? [[r[0], r[6]]] : []));
      const contents: MonthContents = { digest: digests.monthDigest(sortInJournalOrder(valid, (e) => e)), skipped };
      // A file left out must be read again on every run, and an entry met twice must meet the
      // other months' ids: such a month never comes as a digest.
      const whole = rows.length === names.length && valid.length + skipped.length === names.length;
      const digest = whole ? { digest: contents, statSum: statSumOf(names, stats) } : undefined;
      await saveMonth(place.dir, journal, month.files.month, { rows, answers, ...(digest && { digest }) }, place.seal);
    }
    // Every month the scan found: those that came as digests too.
    if (removeMonthsExcept(place.dir, new Set(scanned.map((m) => m.month)))) changed = true;
    if (unseen) forgetDerived(place.dir);
    if (changed) {
      // What runs killed while writing left behind, looked for only when something was written.
      await sweepStaleTemps(place.dir);
    }
  } catch {
    /* read-only or full disk: carry on without an index */
  }
  return changed;
}
