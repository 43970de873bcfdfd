import type { ShardSeal } from "../crypto/index-key.js";
import type { InvalidFile } from "../data/invalid-file.js";
import type { Answer, Entry } from "./entry.js";
import { saveMonth, statSumOf, type EntryHead, type IndexRow, type Steps } from "./index-store.js";
import { lazyEntry, type AnswersSource } from "./lazy-entry.js";
import type { MonthContents } from "./month-digest.js";
import { sortInJournalOrder } from "./order.js";
import type { PackedAnswers } from "./parsed-file.js";
import { knownCustomers } from "./queries.js";
import { STAT_FIELDS, type MonthFiles } from "./scan.js";

/** Where the index of a read lives and how its files are sealed; none without a cache folder. */
export interface Place {
  dir: string;
  seal?: ShardSeal;
}

/** What reading a file gave: its entry's head, or why it cannot be used. */
export type Found = EntryHead | InvalidFile;
export const isInvalid = (f: Found): f is InvalidFile => "problem" in f;

/**
 * Files the index does not remember. One that could not be read: permissions change without
 * touching its size or time, and it must be read again once it can be. An encrypted one that
 * could not be opened: that depends on the identity at hand, not on the file.
 */
const forgotten = (f: Found) => isInvalid(f) && (f.problem === "unreadable" || f.problem === "encrypted");

/**
 * A month of the journal as a read sees it. The index's rows are not kept: what the index
 * answered is the same as a row made from the scan's stat data, and a read's survivors are what
 * its garbage collection copies.
 */
export interface MonthRead {
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

/** Whether the month's index must be written: a file was parsed, one is gone, or its digest is damaged. */
export function needsWriting(month: MonthRead): boolean {
  let kept = 0;
  for (const f of month.found) if (!forgotten(f)) kept++;
  return !!month.redigest || month.fresh.some((i) => !forgotten(month.found[i]!)) || kept !== (month.index?.files ?? 0);
}

/** What working out a month gave: its digest, when it may stand for the month, with its customers' names. */
export interface Worked {
  /** Only for a month whose every file counts (see `workOut`); its names only beside a plain index. */
  whole?: { contents: MonthContents; names?: string[] };
}

/**
 * Works out a month whose files are all read: its digest, and with a `place` its index, written.
 * With a place the answers are read whole (the index keeps them); without one the entries keep
 * theirs packed, and the digest reads only their compact answers. A file left out must be read
 * again on every run, and an entry met twice must meet the other months' ids: such a month never
 * comes as a digest. Beside a plain index, its names are the customers' as the completion keeps
 * them (`knownCustomers`) over the month's entries alone.
 */
export async function workOut(month: MonthRead, source: AnswersSource, journal: string, place: Place | undefined): Promise<Worked> {
  const { names, stats } = month.files;
  const rows: IndexRow[] = [];
  const answers = new Map<string, Answer[]>();
  const valid: Entry[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const f = month.found[i]!;
    if (forgotten(f)) continue;
    const name = names[i]!;
    // The stat data of the scan: for a file the index answered for, the very same as its row's.
    const stat = [name, stats[i * STAT_FIELDS]!, stats[i * STAT_FIELDS + 1]!, stats[i * STAT_FIELDS + 2]!, stats[i * STAT_FIELDS + 3]!] as const;
    if (isInvalid(f)) rows.push([...stat, null, f]);
    else {
      rows.push([...stat, f, month.steps[i]!]);
      const list = place && source(name);
      if (list) answers.set(name, list);
      // As the read counts them: an entry met in both forms once (see `readJournal`).
      if (!place?.seal || !ids.has(f.id)) valid.push(list ? { ...f, answers: list } : lazyEntry({ ...f }, month.steps[i]!, source, name));
      ids.add(f.id);
    }
  }
  const digests = await import("./month-digest.js");
  const skipped = rows.flatMap((r): [string, InvalidFile][] => (r[5] === null ? [[r[0], r[6]]] : []));
  const sorted = sortInJournalOrder(valid, (e) => e);
  const contents: MonthContents = { digest: digests.monthDigest(sorted), skipped };
  const whole = rows.length === names.length && valid.length + skipped.length === names.length;
  if (place) {
    const digest = whole ? { digest: contents, statSum: statSumOf(names, stats) } : undefined;
    await saveMonth(place.dir, journal, month.files.month, { rows, answers, ...(digest && { digest }) }, place.seal);
  }
  if (!whole) return {};
  return { whole: { contents, ...(place && !place.seal && { names: knownCustomers(sorted.map((entry) => ({ entry }))) }) } };
}
