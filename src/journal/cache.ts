import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../data/atomic-write.js";
import type { Entry, InvalidFile } from "./entry.js";

/** Raise when the shape of cached items changes: an old cache is then simply rebuilt. */
const CACHE_VERSION = 2;

/** What the cache remembers of one file: how to tell it changed, and what reading it gave. */
export interface CacheItem {
  rel: string;
  size: number;
  mtimeMs: number;
  ino: number;
  result?: { entry: Entry } | { invalid: InvalidFile };
}

function cacheFile(cacheDir: string, journal: string): string {
  const key = createHash("sha256").update(path.resolve(journal)).digest("hex").slice(0, 32);
  return path.join(cacheDir, "journals", `${key}.json`);
}

/** The cached reading of a journal, by file; empty when there is none or it is damaged. */
export async function loadCache(cacheDir: string, journal: string): Promise<Map<string, CacheItem>> {
  try {
    // JSON: faster to load than v8's serialiser for data of this shape, and readable when in doubt.
    const data = JSON.parse(await fs.readFile(cacheFile(cacheDir, journal), "utf8")) as {
      version: number;
      journal: string;
      items: CacheItem[];
    };
    if (data?.version !== CACHE_VERSION || data.journal !== path.resolve(journal) || !Array.isArray(data.items)) return new Map();
    return new Map(data.items.filter((i) => i && typeof i.rel === "string" && i.result).map((i) => [i.rel, i]));
  } catch {
    return new Map();
  }
}

/** Saves the reading atomically, owner-only; a cache that cannot be written is only a slower next run. */
export async function saveCache(cacheDir: string, journal: string, items: CacheItem[]): Promise<void> {
  try {
    const data = JSON.stringify({ version: CACHE_VERSION, journal: path.resolve(journal), items });
    await writeFileAtomic(cacheFile(cacheDir, journal), data);
  } catch {
    /* read-only or full disk: carry on without a cache */
  }
}
