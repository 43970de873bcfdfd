import fs from "node:fs";
import { sep } from "node:path";
import { sweepStaleTemps } from "../data/atomic-write.js";
import { forgetLegacyCache, forgetPlainCopies, hasCustomerIndex, updateCustomerIndex } from "./customer-index.js";
import { hasRecipients, isSealed } from "../crypto/sealed.js";
import { allTrusted, indexDir, loadAnswers, loadDigest, loadMonth, olderThan, removeMonthsExcept, type IndexRow, type KeptDigest, type MonthIndex, type Steps } from "./index-store.js";
import { isInvalid, needsWriting, workOut, type Found, type MonthRead, type Place, type Worked } from "./month-read.js";
import { lazyEntry, type AnswersSource } from "./lazy-entry.js";
import { answersAgain } from "./answers-again.js";
import { forgetDerived } from "./derived.js";
import { sortInJournalOrder } from "./order.js";
import { parsedAnswers } from "./parsed-file.js";
import { firstSpellings, knownCustomers } from "./queries.js";
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

/**
 * A month that comes as its digest, or months that come as one (see joined-digest.ts): their
 * entries are not read, their skipped files are still told.
 */
export interface Digested {
  digest: MonthDigest;
  /** The months it stands for, and the skipped files of each by name, as kept. */
  months: readonly MonthFiles[];
  skipped: readonly MonthContents["skipped"][];
  /** Its customers' names (see `workOut`), when worked out in this read beside a plain index. */
  names?: string[];
}

/** A month's kept or worked-out contents as this read holds them. */
const digestedOf = (files: MonthFiles, { digest, skipped }: MonthContents, names?: string[]): Digested => ({
  digest,
  months: [files],
  skipped: [skipped],
  ...(names && { names }),
});

/** The skipped files of months that came as digests, named in the run's words. */
const skippedIn = ({ months, skipped }: Digested): InvalidFile[] => months.flatMap((m, i) => skipped[i]!.map(([name, f]) => inRunWords({ ...f, path: m.dir + name })));

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

  /** In the scan's order, each month read, or its digest; the first may be the joined digest of many. */
  const slots: (MonthRead | Digested)[] = [];
  const digests = place && opts.digestsBefore !== undefined ? await import("./month-digest.js") : undefined;
  const joining = digests && (await import("./joined-digest.js"));
  const joined = joining?.joinedFor(place!, journal, scan.months, opts.digestsBefore!);
  if (joined?.slot) slots.push(joined.slot);
  for (const files of joined?.slot ? scan.months.slice(joined.slot.months.length) : scan.months) {
    let redigest = false;
    if (place && digests) {
      const kept = loadDigest(place.dir, journal, files.month, place.seal);
      const month = typeof kept === "object" && digests.isMonthContents(kept.digest) ? kept.digest : undefined;
      redigest = kept !== undefined && !month;
      if (month && allTrusted(files, kept as KeptDigest) && month.digest.lastDay < opts.digestsBefore!) {
        slots.push(digestedOf(files, month));
        continue;
      }
    }
    const index = place && loadMonth(place.dir, journal, files.month, place.seal);
    const { found, steps, rewritten } = answered(files, index);
    const fresh: number[] = [];
    for (let i = 0; i < found.length; i++) if (!found[i]) fresh.push(i);
    slots.push({ files, ...(index && { index: { stamp: index.stamp, bodySum: index.bodySum, files: index.rows.length } }), found: found as Found[], steps, fresh, rewritten, ...(redigest && { redigest: true as const }), parsed: new Map() });
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
  const sources = new Map<MonthRead, AnswersSource>();
  const sourceOf = (month: MonthRead) => sources.get(month) ?? sources.set(month, answersIn(month)).get(month)!;
  const update = place && new IndexUpdate(place, journal);
  /**
   * Once every file of a month is known: its index written where it must be, and the month made its
   * digest where one stands for it in this read. Then its heads and answers are let go before the
   * next months are parsed, and a read of years holds the entries of its window alone.
   */
  const settle = async (at: number) => {
    const month = slots[at] as MonthRead;
    const write = update && needsWriting(month) ? update : undefined;
    if (!write && (place || opts.digestsBefore === undefined)) return;
    // Without an index to write, a month is worked out only to come as a digest, which a month
    // named after the window's first month cannot (one dated otherwise by hand is read as entries).
    if (!write && month.files.month > opts.digestsBefore!.slice(0, 7)) return;
    const { whole } = await (write ? write.month(month, sourceOf(month)) : workOut(month, sourceOf(month), journal, undefined));
    if (!whole || opts.digestsBefore === undefined || !(whole.contents.digest.lastDay < opts.digestsBefore)) return;
    slots[at] = digestedOf(month.files, whole.contents, whole.names);
    sources.delete(month);
  };
  // Months settled one after the other, while the next ones are parsed.
  let settling = Promise.resolve();
  const toSettle = (at: number) => (settling = settling.then(() => settle(at)));
  /** The months with files no index answers for, by their place in `slots`, oldest first. */
  const unread: number[] = [];
  slots.forEach((slot, at) => {
    if (!("files" in slot)) return;
    if (slot.fresh.length > 0) unread.push(at);
    else void toSettle(at);
  });
  if (unread.length > 0) {
    const paths = unread.flatMap((at) => {
      const { files, fresh } = slots[at] as MonthRead;
      return fresh.map((i) => files.dir + files.names[i]!);
    });
    // Loaded only to parse: a warm read needs no parse workers (nor the module that starts them).
    const { parseFiles } = await import("./parse-files.js");
    /** The month the next result belongs to, by its place in `unread`, and the result's place among its fresh files. */
    let u = 0;
    let k = 0;
    await parseFiles(
      paths,
      (results, first) => {
        for (const r of results) {
          const month = slots[unread[u]!] as MonthRead;
          const i = month.fresh[k]!;
          if (r.ok) {
            month.parsed.set(month.files.names[i]!, r.answers);
            month.steps[i] = r.steps;
          }
          // The index keeps a file's place in the journal, not where the journal happens to be.
          month.found[i] = r.ok ? r.head : { ...r.invalid, path: relOf(month.files.month, month.files.names[i]!) };
          if (++k === month.fresh.length) {
            toSettle(unread[u++]!);
            k = 0;
          }
        }
        opts.onProgress?.(first + results.length, paths.length);
      },
      keys,
    );
  }
  await settling;
  // Written before the heads become entries below (which sets their answers in place).
  const changed = update ? await update.end(scan.months) : false;

  const entries: StoredEntry[] = [];
  const invalid: InvalidFile[] = scan.invalid.map((f) => inRunWords(f));
  const earlier: Digested[] = [];
  const digestMonths = new Set<string>();
  // An entry met in both forms (a migration between `encryption on` and `off` was stopped) counts
  // once: both files hold the same entry, and the first in the scan's order is kept.
  const ids = sealed ? new Set<string>() : undefined;
  slots.forEach((month) => {
    if (!("files" in month)) {
      invalid.push(...skippedIn(month));
      earlier.push(month);
      for (const m of month.months) digestMonths.add(m.month);
      return;
    }
    const { dir, names } = month.files;
    const source = sourceOf(month);
    for (let i = 0; i < names.length; i++) {
      const found = month.found[i]!;
      const name = names[i]!;
      if (isInvalid(found)) invalid.push(inRunWords({ ...found, path: dir + name }));
      else if (!ids?.has(found.id)) {
        ids?.add(found.id);
        entries.push({ entry: lazyEntry(found, month.steps[i]!, source, name), path: dir + name });
      }
    }
  });
  inTimeOrder(entries);
  // The names completion offers, beside the index of a plain journal: looked at only when the
  // journal changed, or when an index from before there were names lacks them. The months that
  // came as digests give theirs when worked out in this read; a digest kept from before has none.
  const namesToWrite = place && !place.seal && (changed || !hasCustomerIndex(opts.cacheDir!, journal));
  const namesLacking = namesToWrite && earlier.some((d) => !d.names);
  const digested = earlier.map((d) => d.digest);
  if (earlier.length > 0 && (namesLacking || !digestsFit(digested, entries, { before: opts.digestsBefore!, months: digestMonths }))) {
    return readJournal(journal, { ...opts, digestsBefore: undefined });
  }
  if (namesToWrite) {
    await updateCustomerIndex(opts.cacheDir!, journal, firstSpellings([knownCustomers(entries), ...earlier.map((d) => d.names!).reverse()]));
    // `encryption on` writes the recipients, then removes the plain cache: what a read that began
    // before wrote after that removal is removed here.
    if (hasRecipients(journal)) await forgetPlainCopies(opts.cacheDir!, journal);
  }
  if (joining) await joining.keepJoined(place!, journal, slots, joined!.span);
  return { entries, invalid, statOf: statsOfScan(scan.months), ...(earlier.length > 0 && { earlier: digested }) };
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
 * The index of a read written month by month, as each month's files are all known; an index that
 * cannot be written is a slower next run, and is not written further in this read.
 */
class IndexUpdate {
  private changed = false;
  private failed = false;
  /** Whether a change may be one that the values kept beside the index (see derived.ts) do not see. */
  private unseen = false;

  constructor(
    private readonly place: Place,
    private readonly journal: string,
  ) {}

  /** Writes a month's index (see `workOut`); what it worked out, whether written or not. */
  async month(month: MonthRead, source: AnswersSource): Promise<Worked> {
    if (this.failed) return workOut(month, source, this.journal, undefined);
    this.changed = true;
    // A file added or removed changes its folder's time, which those values hold; a month
    // without an index cannot tell such a file from one changed in place.
    if (month.rewritten || !month.index) this.unseen = true;
    try {
      return await workOut(month, source, this.journal, this.place);
    } catch {
      this.failed = true;
      return {};
    }
  }

  /** The index's months kept to those the scan found; says whether anything was written. */
  async end(scanned: readonly MonthFiles[]): Promise<boolean> {
    try {
      if (this.failed) return this.changed;
      // Every month the scan found: those that came as digests too.
      if (removeMonthsExcept(this.place.dir, new Set(scanned.map((m) => m.month)))) this.changed = true;
      if (this.unseen) forgetDerived(this.place.dir);
      // What runs killed while writing left behind, looked for only when something was written.
      if (this.changed) await sweepStaleTemps(this.place.dir);
    } catch {
      /* read-only or full disk: carry on without an index */
    }
    return this.changed;
  }
}
