import path from "node:path";
import { loadCache, saveCache, type CacheItem } from "./cache.js";
import { forgetPlainCopies, hasCustomerIndex, updateCustomerIndex } from "./customer-index.js";
import { isSealed } from "../crypto/sealed.js";
import { parseFiles } from "./parse-files.js";
import { knownCustomers } from "./queries.js";
import { inRunWords } from "../data/reasons.js";
import { scanJournal } from "./scan.js";
import type { StoredEntry } from "./entry.js";
import type { InvalidFile } from "../data/invalid-file.js";

export interface JournalContents {
  entries: StoredEntry[];
  invalid: InvalidFile[];
}

export interface ReadOptions {
  /** The user's cache folder; without it every file is parsed. */
  cacheDir?: string;
  /** Called now and then during a cold read with the number of files parsed so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** The keys that open encrypted entries, asked for only when the journal holds any. */
  keys?: () => Promise<readonly string[] | undefined>;
}

/**
 * Every valid entry of a journal, oldest first, and every file that could not be used. Parsed
 * files are remembered in the cache folder (never in the journal) by size, time and inode, so a
 * warm read parses only what changed.
 */
export async function readJournal(journal: string, opts: ReadOptions = {}): Promise<JournalContents> {
  // The cache file is read in the background while the (synchronous) scan lists the files.
  let cacheDir = opts.cacheDir;
  const loading = cacheDir ? loadCache(cacheDir, journal) : Promise.resolve(new Map<string, CacheItem>());
  const scan = scanJournal(journal);
  const sealed = scan.files.some((f) => isSealed(f.rel));
  // The cache holds entries in plain text: an encrypted journal is read without one, and one
  // left from before it was encrypted is removed.
  if (sealed && cacheDir) {
    await loading;
    // The names completion offers are customers' names too: not for an encrypted journal.
    await forgetPlainCopies(cacheDir, journal);
    cacheDir = undefined;
  }
  const cached = cacheDir ? await loading : new Map<string, CacheItem>();
  const fresh: CacheItem[] = [];
  const missing: number[] = [];
  for (const [i, f] of scan.files.entries()) {
    const rel = f.rel;
    const hit = cached.get(rel);
    if (hit && hit.size === f.size && hit.mtimeMs === f.mtimeMs && hit.ino === f.ino) fresh.push(hit);
    else {
      fresh.push({ rel, size: f.size, mtimeMs: f.mtimeMs, ino: f.ino });
      missing.push(i);
    }
  }
  if (missing.length > 0) {
    const parsed = await parseFiles(
      missing.map((i) => scan.files[i]!.path),
      opts.onProgress && ((done) => opts.onProgress!(done, missing.length)),
      sealed && opts.keys ? await opts.keys() : undefined,
    );
    missing.forEach((i, k) => {
      const r = parsed[k]!;
      fresh[i]!.result = r.ok ? { entry: r.entry.entry } : { invalid: { ...r.invalid, path: fresh[i]!.rel } };
    });
  }
  // Nothing new and nothing gone (the usual warm read): the cache stays as it is.
  if (cacheDir && (missing.length > 0 || cached.size !== fresh.length)) {
    // A file that could not be read is not remembered: permissions change without touching its
    // size or time, and it must be read again once it can be.
    const worth = (item: CacheItem) => !(item.result && "invalid" in item.result && item.result.invalid.problem === "unreadable");
    const keep = fresh.filter(worth);
    if (keep.length !== cached.size || missing.some((i) => worth(fresh[i]!))) await saveCache(cacheDir, journal, keep);
  }

  const entries: StoredEntry[] = [];
  const invalid: InvalidFile[] = scan.invalid.map((f) => inRunWords(f));
  const root = journal.endsWith(path.sep) ? journal : journal + path.sep;
  // An entry met in both forms (a migration between `encryption on` and `off` was stopped) counts
  // once: both files hold the same entry, and the first in the scan's order is kept.
  const ids = sealed ? new Set<string>() : undefined;
  for (const item of fresh) {
    const file = root + item.rel.split("/").join(path.sep);
    if (item.result && "entry" in item.result) {
      if (ids?.has(item.result.entry.id)) continue;
      ids?.add(item.result.entry.id);
      entries.push({ entry: item.result.entry, path: file });
    } else if (item.result) invalid.push(inRunWords({ ...item.result.invalid, path: file }));
  }
  const time = new Map(entries.map((e) => [e, Date.parse(e.entry.createdAt)]));
  entries.sort((a, b) => time.get(a)! - time.get(b)! || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  // The names completion offers, beside the cache: looked at only when the journal changed, or when
  // a cache from before there were names lacks them.
  if (cacheDir && (missing.length > 0 || cached.size !== fresh.length || !hasCustomerIndex(cacheDir, journal)))
    await updateCustomerIndex(cacheDir, journal, knownCustomers(entries));
  return { entries, invalid };
}
