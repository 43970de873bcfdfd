import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../data/atomic-write.js";
import { readWhole } from "../data/read-whole.js";
import type { Answer, Entry } from "./entry.js";
import type { InvalidFile } from "../data/invalid-file.js";

/** Some 2 KB an entry: room for a journal of 100,000 entries, and a bound on what a damaged cache costs. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** Raise when the shape of cached items changes: an old cache is then simply rebuilt. */
const CACHE_VERSION = 4;

/** What the cache remembers of one file: how to tell it changed, and what reading it gave. */
export interface CacheItem {
  rel: string;
  size: number;
  mtimeMs: number;
  ino: number;
  result?: { entry: Entry } | { invalid: InvalidFile };
}

/**
 * On disk, every question text is stored once and answers point to it by number: the same few
 * dozen questions recur in every entry, and the cache loads in a third of the time without them.
 */
interface CacheFile {
  version: number;
  journal: string;
  questions: string[];
  items: CacheItem[];
}

/** A file of the cache folder that belongs to one journal: `journals/<hash of its path><suffix>`. */
export function cacheFile(cacheDir: string, journal: string, suffix = ".json"): string {
  const key = createHash("sha256").update(path.resolve(journal)).digest("hex").slice(0, 32);
  return path.join(cacheDir, "journals", `${key}${suffix}`);
}

/** The cache as JSON text, question texts replaced by their number on the way (no copy of the entries). */
function encode(journal: string, items: CacheItem[]): string {
  const index = new Map<string, number>();
  const questions: string[] = [];
  const body = JSON.stringify(items, (key, value: unknown) => {
    if (key !== "question" || typeof value !== "string") return value;
    let i = index.get(value);
    if (i === undefined) index.set(value, (i = questions.push(value) - 1));
    return i;
  });
  const head = JSON.stringify({ version: CACHE_VERSION, journal: path.resolve(journal), questions });
  return `${head.slice(0, -1)},"items":${body}}`;
}

function decode(data: CacheFile): CacheItem[] {
  for (const item of data.items) {
    if (item.result && "entry" in item.result) {
      for (const a of item.result.entry.answers as (Answer & { question: unknown })[]) {
        const q = data.questions[a.question as unknown as number];
        if (typeof q !== "string") throw new Error("damaged cache");
        a.question = q;
      }
    }
  }
  return data.items;
}

/** The cached reading of a journal, by file; empty when there is none or it is damaged. */
export async function loadCache(cacheDir: string, journal: string): Promise<Map<string, CacheItem>> {
  try {
    // JSON: faster to load than v8's serialiser for data of this shape, and readable when in doubt.
    const data = JSON.parse(await readWhole(cacheFile(cacheDir, journal), MAX_CACHE_BYTES)) as CacheFile;
    if (data?.version !== CACHE_VERSION || data.journal !== path.resolve(journal) || !Array.isArray(data.items) || !Array.isArray(data.questions))
      return new Map();
    return new Map(decode(data).filter((i) => i && typeof i.rel === "string" && i.result).map((i) => [i.rel, i]));
  } catch {
    return new Map();
  }
}

/** Removes the cached reading of a journal (best effort: a cache that stays is only stale). */
export async function forgetCache(cacheDir: string, journal: string): Promise<void> {
  await fs.rm(cacheFile(cacheDir, journal), { force: true }).catch(() => undefined);
}

/** Saves the reading atomically, owner-only; a cache that cannot be written is only a slower next run. */
export async function saveCache(cacheDir: string, journal: string, items: CacheItem[]): Promise<void> {
  try {
    await writeFileAtomic(cacheFile(cacheDir, journal), encode(journal, items));
  } catch {
    /* read-only or full disk: carry on without a cache */
  }
}
