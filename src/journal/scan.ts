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

const YEAR = /^\d{4}$/;
/** Links are never followed: a journal must not lead the tool (or a reviewing coach) elsewhere. */
const link = (p: string): InvalidFile => skipped(p, "not-journal-file", { key: "link" });
const MONTH = /^(0[1-9]|1[0-2])$/;

/**
 * Lists the entry files of a journal (`YYYY/MM/*.yaml`) without reading them. Anything that sits
 * where an entry would but cannot be one (a folder named like an entry, a symbolic link, a file
 * that is too large, a stray name) is returned as invalid. Links are never followed, so a
 * journal cannot lead the tool outside itself.
 */
export function scanJournal(journal: string): { files: EntryFile[]; invalid: InvalidFile[] } {
  const files: EntryFile[] = [];
  const invalid: InvalidFile[] = [];
  const misplaced: { path: string; name: string }[] = [];
  for (const year of listDir(journal, invalid)) {
    if (!YEAR.test(year.name)) continue;
    const yearDir = path.join(journal, year.name);
    if (year.isSymbolicLink()) invalid.push(link(yearDir));
    if (!year.isDirectory()) continue;
    for (const month of listDir(yearDir, invalid)) {
      if (!MONTH.test(month.name)) continue;
      if (month.isSymbolicLink()) invalid.push(link(path.join(yearDir, month.name)));
      if (!month.isDirectory()) continue;
      const monthDir = path.join(yearDir, month.name);
      for (const item of listDir(monthDir, invalid)) {
        const p = path.join(monthDir, item.name);
        if (item.name.startsWith(".")) continue; // temporary files and editor leftovers
        if (item.isSymbolicLink()) invalid.push(link(p));
        else if (item.isDirectory()) invalid.push(skipped(p, "not-journal-file", { key: "folderInPlace" }));
        else if (!item.isFile()) invalid.push(skipped(p, "not-journal-file", { key: "notRegular" }));
        else if (!ENTRY_NAME.test(item.name)) {
          if (item.name.endsWith(".yaml") || item.name.endsWith(".yml")) invalid.push(skipped(p, "not-journal-file", { key: "badName" }));
        } else {
          // Synchronous on purpose: ten thousand awaited lstat calls cost ten times as much.
          let st: fs.Stats;
          try {
            st = fs.lstatSync(p);
          } catch {
            continue; // removed while we looked
          }
          if (st.size > entryByteLimit(p)) invalid.push(skipped(p, "too-large", { key: "tooLarge", size: st.size, limit: entryByteLimit(p) }));
          else if (item.name.slice(0, 7) !== `${year.name}-${month.name}`) misplaced.push({ path: p, name: item.name });
          else files.push({ path: p, rel: `${year.name}/${month.name}/${item.name}`, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino });
        }
      }
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  invalid.push(...misplacedFiles(misplaced, new Set(files.map((f) => f.rel))));
  return { files, invalid };
}

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
function listDir(dir: string, invalid: InvalidFile[]) {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") invalid.push(skipped(dir, "unreadable", { key: "folderUnreadable", code: code ?? "error" }));
    return [];
  }
}
