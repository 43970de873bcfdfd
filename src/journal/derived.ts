import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { replaceRebuildable } from "../data/atomic-write.js";
import { readBytesSync } from "../data/read-whole.js";
import { hasRecipients, isSealed } from "../crypto/sealed.js";
import { indexDir } from "./index-store.js";

/**
 * Small values worked out from a whole journal (the home screen's status, what a flow shows before
 * its questions), kept beside its index and trusted while the journal's fingerprint is the same.
 * The fingerprint holds the stat data (ctime included, which no one can put back) of every file of
 * the newest months, where hand edits happen, and of the folders of the older months: a file
 * added, removed or renamed there changes its folder's time, a file edited in place does not. Such
 * an edit is seen by every command that reads the entries (see read.ts), and that read drops the
 * values kept here; so the status misses it only until then; a flow checks the few files whose
 * words it shows (flow-history.ts). As for the index, a value written in the same moment a file or
 * folder changed is not trusted. A status then costs a stat per folder, not one per file.
 */

/** Months checked file by file, the newest first. */
const RECENT_MONTHS = 3;

/** Raise when a value's shape changes: an old one is then worked out again. */
const DERIVED_VERSION = 1;

/** Such a value is a few kilobytes; a larger file is damage and is not read. */
const MAX_DERIVED_BYTES = 8 * 1024 * 1024;

/** The journal's files and folders as they are now, and the newest of their times. */
export interface Fingerprint {
  hash: string;
  newestMs: number;
  /** The stat data hashed, by path in the journal ("." for the journal itself). */
  stats: ReadonlyMap<string, string>;
  /** The months checked file by file. */
  recent: ReadonlySet<string>;
}

interface DerivedFile {
  version: number;
  journal: string;
  fingerprint: string;
  value: unknown;
}

const YEAR = /^\d{4}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;

/** A folder's names, sorted; none when it cannot be read (the full read then tells why). */
function names(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** The stat data of a path as the fingerprint holds it, and the newest of its times. */
function statLine(p: string, rel: string): { line: string; ms: number } {
  const st = fs.lstatSync(p, { throwIfNoEntry: false });
  if (!st) return { line: `${rel}\0gone\n`, ms: 0 };
  return { line: `${rel}\0${st.mode}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}\n`, ms: Math.max(st.mtimeMs, st.ctimeMs) };
}

/** In the order of the paths, so that a fingerprint brought up to date (`withAdded`) hashes as a new one would. */
function hashOf(stats: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256");
  for (const rel of [...stats.keys()].sort()) hash.update(stats.get(rel)!);
  return hash.digest("hex");
}

/**
 * The journal's fingerprint; none for an encrypted journal (one with recipients, or an encrypted
 * file among the newest), whose values (customers' names) must not lie in the cache unsealed.
 */
export function fingerprintOf(journal: string): Fingerprint | undefined {
  if (hasRecipients(journal)) return undefined;
  const stats = new Map<string, string>();
  let newestMs = 0;
  const add = (p: string, rel: string) => {
    const { line, ms } = statLine(p, rel);
    stats.set(rel, line);
    newestMs = Math.max(newestMs, ms);
  };
  add(journal, ".");
  const months: string[] = [];
  for (const year of names(journal).filter((n) => YEAR.test(n))) {
    add(path.join(journal, year), year);
    for (const month of names(path.join(journal, year)).filter((n) => MONTH.test(n))) months.push(`${year}/${month}`);
  }
  const recent = new Set(months.slice(-RECENT_MONTHS));
  for (const rel of months) {
    const dir = path.join(journal, rel);
    add(dir, rel);
    if (!recent.has(rel)) continue;
    for (const name of names(dir)) {
      if (isSealed(name)) return undefined;
      add(path.join(dir, name), `${rel}/${name}`);
    }
  }
  return { hash: hashOf(stats), newestMs, stats, recent };
}

/**
 * The fingerprint `before` brought up to date with one new file, `rel`, by a stat of it and of the
 * folders it lies in alone: a flow's own save costs no new fingerprint of the whole journal. None
 * when the file's month was not among the recent ones (a new month moves them). Whatever else
 * changed since `before` is not looked at here: it makes the next command's fingerprint differ
 * from this one, and a value kept under this one is then not trusted.
 */
export function withAdded(journal: string, before: Fingerprint, rel: string): Fingerprint | undefined {
  if (!before.recent.has(path.posix.dirname(rel))) return undefined;
  const stats = new Map(before.stats);
  let newestMs = before.newestMs;
  for (let r = rel; ; r = path.posix.dirname(r)) {
    const { line, ms } = statLine(r === "." ? journal : path.join(journal, r), r);
    stats.set(r, line);
    newestMs = Math.max(newestMs, ms);
    if (r === ".") break;
  }
  return { hash: hashOf(stats), newestMs, stats, recent: before.recent };
}

const DERIVED = ".derived.json";
const fileOf = (cacheDir: string, journal: string, name: string) => path.join(indexDir(cacheDir, journal), `${name}${DERIVED}`);

/**
 * The value kept under `name`, when it was worked out from the journal as it is now and `parse`
 * finds it in its shape: one edited by hand into another shape is worked out again, as a damaged one.
 */
export function loadDerived<T>(cacheDir: string, journal: string, name: string, now: Fingerprint, parse: (value: unknown) => T | undefined): { value: T } | undefined {
  const file = fileOf(cacheDir, journal, name);
  try {
    const writtenMs = fs.statSync(file).mtimeMs;
    if (now.newestMs >= writtenMs) return undefined;
    const data = JSON.parse(readBytesSync(file, MAX_DERIVED_BYTES).toString("utf8")) as DerivedFile | null;
    if (data?.version !== DERIVED_VERSION || data.journal !== path.resolve(journal) || data.fingerprint !== now.hash) return undefined;
    const value = parse(data.value);
    return value === undefined ? undefined : { value };
  } catch {
    return undefined; // none yet, or damaged: worked out again
  }
}

/**
 * Keeps a value with the fingerprint taken before the journal was read for it: should a file
 * change meanwhile, the next fingerprint differs and the value is worked out again. Not for a
 * journal that has recipients by now, though it had none then (`encryption on` ran meanwhile):
 * its values stay in memory.
 */
export async function saveDerived<T>(cacheDir: string, journal: string, name: string, before: Fingerprint, value: T): Promise<void> {
  const data: DerivedFile = { version: DERIVED_VERSION, journal: path.resolve(journal), fingerprint: before.hash, value };
  const file = fileOf(cacheDir, journal, name);
  try {
    // Written in the same moment as the newest file (a save just before, within the file system's
    // tick), the value would not be trusted: written again once that moment has passed.
    for (let tries = 0; tries < WRITE_TRIES; tries++) {
      if (hasRecipients(journal)) return;
      await replaceRebuildable(file, JSON.stringify(data));
      // `encryption on` writes the recipients first, then removes the plain cache: a value written
      // after that removal is seen here, with the recipients, and removed.
      if (hasRecipients(journal)) {
        fs.rmSync(file, { force: true });
        return;
      }
      if (fs.statSync(file).mtimeMs > before.newestMs) return;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } catch {
    /* read-only or full disk: worked out again next time */
  }
}

/** File systems keep times in ticks of up to 10 ms (some coarser; then the value is worked out again). */
const WRITE_TRIES = 10;

/** Drops every value kept beside an index: a read found a file changed, perhaps in place. */
export function forgetDerived(dir: string): void {
  let found: string[];
  try {
    found = fs.readdirSync(dir).filter((n) => n.endsWith(DERIVED));
  } catch {
    return;
  }
  for (const n of found) fs.rmSync(path.join(dir, n), { force: true });
}
