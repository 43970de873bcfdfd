import fs from "node:fs";
import path from "node:path";
import { ENTRY_NAME } from "./naming.js";
import { skipped } from "./skipped.js";
import type { InvalidFile } from "../data/invalid-file.js";

/**
 * Files above this size are not read: no entry comes near it (a long reflection is a few KB), a
 * hostile file may, and parsing one of 900 KB cost a third of a second and tens of megabytes.
 */
export const MAX_ENTRY_BYTES = 256 * 1024;

/** The same entry encrypted is a little larger: age adds a header and 16 bytes per 64 KiB. */
export const entryByteLimit = (file: string) => (file.endsWith(".age") ? MAX_ENTRY_BYTES + 16 * 1024 : MAX_ENTRY_BYTES);

export interface EntryFile {
  path: string;
  /** The path inside the journal, `YYYY/MM/name.yaml`. */
  rel: string;
  size: number;
  mtimeMs: number;
  /** Changed by any write, even one that puts the modification time back. */
  ctimeMs: number;
  ino: number;
}

/** How many numbers of stat data `MonthFiles.stats` holds per file. */
export const STAT_FIELDS = 4;

/**
 * The entry files of one month folder, by name, with their stat data side by side in one array:
 * a read of a warm journal compares them with its index, and builds nothing per file it need not.
 */
export interface MonthFiles {
  /** `YYYY-MM`. */
  month: string;
  /** The folder, with a path separator at its end. */
  dir: string;
  /** The entries' file names, sorted. */
  names: string[];
  /** Of the file `names[i]`: its size, modification time, change time and inode, from `STAT_FIELDS * i` on. */
  stats: Float64Array;
}

const YEAR = /^\d{4}$/;
/** Links are never followed: a journal must not lead the tool (or a reviewing coach) elsewhere. */
const link = (p: string): InvalidFile => skipped(p, "not-journal-file", { key: "link" });
const MONTH = /^(0[1-9]|1[0-2])$/;

/**
 * Lists the entry files of a journal (`YYYY/MM/*.yaml`) without reading them, month by month,
 * oldest first. Anything that sits where an entry would but cannot be one (a folder named like an
 * entry, a symbolic link, a file that is too large, a stray name) is returned as invalid. Links
 * are never followed, so a journal cannot lead the tool outside itself.
 */
export function scanMonths(journal: string): { months: MonthFiles[]; invalid: InvalidFile[] } {
  const months: MonthFiles[] = [];
  const invalid: InvalidFile[] = [];
  const misplaced: { path: string; name: string }[] = [];
  // Paths are put together here once per folder (not by path.join for each file).
  const root = journal.endsWith(path.sep) ? journal : journal + path.sep;
  for (const year of listDir(journal, invalid).sort(byName)) {
    if (!YEAR.test(year.name)) continue;
    const yearDir = root + year.name;
    if (year.isSymbolicLink()) invalid.push(link(yearDir));
    if (!year.isDirectory()) continue;
    for (const month of listDir(yearDir, invalid).sort(byName)) {
      if (!MONTH.test(month.name)) continue;
      const monthDir = yearDir + path.sep + month.name;
      if (month.isSymbolicLink()) invalid.push(link(monthDir));
      if (!month.isDirectory()) continue;
      const dir = monthDir + path.sep;
      const prefix = `${year.name}-${month.name}`;
      const found = listNames(monthDir, invalid).sort();
      const names: string[] = [];
      const stats = new Float64Array(found.length * STAT_FIELDS);
      for (const name of found) {
        if (name.startsWith(".")) continue; // temporary files and editor leftovers
        const p = dir + name;
        // Synchronous on purpose: ten thousand awaited lstat calls cost ten times as much. The
        // type comes from here too: a folder's list of names alone builds nothing per file.
        let st: fs.Stats;
        try {
          st = fs.lstatSync(p);
        } catch {
          continue; // removed while we looked
        }
        if (st.isSymbolicLink()) invalid.push(link(p));
        else if (st.isDirectory()) invalid.push(skipped(p, "not-journal-file", { key: "folderInPlace" }));
        else if (!st.isFile()) invalid.push(skipped(p, "not-journal-file", { key: "notRegular" }));
        else if (!ENTRY_NAME.test(name)) {
          if (name.endsWith(".yaml") || name.endsWith(".yml")) invalid.push(skipped(p, "not-journal-file", { key: "badName" }));
        } else if (st.size > entryByteLimit(name)) invalid.push(skipped(p, "too-large", { key: "tooLarge", size: st.size, limit: entryByteLimit(name) }));
        else if (!name.startsWith(prefix)) misplaced.push({ path: p, name });
        else {
          const at = names.push(name) * STAT_FIELDS - STAT_FIELDS;
          stats[at] = st.size;
          stats[at + 1] = st.mtimeMs;
          stats[at + 2] = st.ctimeMs;
          stats[at + 3] = st.ino;
        }
      }
      if (names.length > 0) months.push({ month: prefix, dir, names, stats });
    }
  }
  if (misplaced.length > 0) invalid.push(...misplacedFiles(misplaced, new Set(months.flatMap((m) => m.names.map((n) => relOf(m.month, n))))));
  return { months, invalid };
}

/** The entry files of a journal one by one, sorted by path (see `scanMonths`). */
export function scanJournal(journal: string): { files: EntryFile[]; invalid: InvalidFile[] } {
  const { months, invalid } = scanMonths(journal);
  const files = months.flatMap(({ month, dir, names, stats }) =>
    names.map((name, i) => {
      const at = i * STAT_FIELDS;
      return { path: dir + name, rel: relOf(month, name), size: stats[at]!, mtimeMs: stats[at + 1]!, ctimeMs: stats[at + 2]!, ino: stats[at + 3]! };
    }),
  );
  return { files, invalid };
}

/** A file's path inside the journal, `YYYY/MM/name`, from its month `YYYY-MM` and its name. */
export const relOf = (month: string, name: string) => `${month.slice(0, 4)}/${month.slice(5)}/${name}`;

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Entry files outside the month folder their name gives: a sync tool's copy (the same entry in
 * 2025/01 and 2026/11) or a file moved by hand. None is read: two files with one id would make the
 * id ambiguous for good, and a copy would count twice.
 */
function misplacedFiles(misplaced: readonly { path: string; name: string }[], inPlace: ReadonlySet<string>): InvalidFile[] {
  return misplaced.map(({ path: p, name }) => {
    const home = `${name.slice(0, 4)}/${name.slice(5, 7)}`;
    return inPlace.has(`${home}/${name}`)
      ? skipped(p, "misplaced", { key: "misplacedCopy", home: `${home}/${name}` })
      : skipped(p, "misplaced", { key: "misplaced", home: `${home}/` });
  });
}

/** A folder's items; a folder that cannot be read is reported (a reviewing coach may lack access) and skipped. */
function listDir(dir: string, invalid: InvalidFile[]): fs.Dirent[] {
  return listed(dir, invalid, () => fs.readdirSync(dir, { withFileTypes: true }));
}

/** A folder's names alone: an entry's type comes with the stat data read for it anyway. */
function listNames(dir: string, invalid: InvalidFile[]): string[] {
  return listed(dir, invalid, () => fs.readdirSync(dir));
}

function listed<T>(dir: string, invalid: InvalidFile[], read: () => T[]): T[] {
  try {
    return read();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") invalid.push(skipped(dir, "unreadable", { key: "folderUnreadable", code: code ?? "error" }));
    return [];
  }
}
