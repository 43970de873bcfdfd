import fs from "node:fs";
import path from "node:path";
import { replaceRebuildable } from "../data/atomic-write.js";
import { indexDir } from "./index-store.js";

/**
 * The journal's customer names, kept beside its index so that shell completion can offer them
 * without parsing a single entry. Like the index it lives in the cache folder, never in the
 * journal, and only for a plain journal: an encrypted one has none.
 */
const customersFile = (cacheDir: string, journal: string) => path.join(indexDir(cacheDir, journal), "customers.json");
/** Completion reads this on every Tab: a file much larger than any list of names is not read. */
const MAX_BYTES = 256 * 1024;

export function hasCustomerIndex(cacheDir: string, journal: string): boolean {
  return fs.existsSync(customersFile(cacheDir, journal));
}

/** Saves the names when they differ from those saved: most new entries are of a known customer. */
export async function updateCustomerIndex(cacheDir: string, journal: string, customers: readonly string[]): Promise<void> {
  const file = customersFile(cacheDir, journal);
  const text = JSON.stringify(customers);
  try {
    if (fs.readFileSync(file, "utf8") === text) return;
  } catch {
    /* none yet */
  }
  try {
    await replaceRebuildable(file, text);
  } catch {
    /* read-only or full disk: completion simply offers no names */
  }
}

/**
 * Everything the cache folder holds of a journal in plain text, for a journal that is encrypted:
 * its plain index with the names, and the whole-journal cache files of earlier versions.
 */
export async function forgetPlainCopies(cacheDir: string, journal: string): Promise<void> {
  await Promise.all([indexDir(cacheDir, journal), ...legacyFiles(cacheDir, journal)].map(forget));
}

/** The whole-journal cache of earlier versions, of no use once the journal has an index. */
export async function forgetLegacyCache(cacheDir: string, journal: string): Promise<void> {
  await Promise.all(legacyFiles(cacheDir, journal).map(forget));
}

function legacyFiles(cacheDir: string, journal: string): string[] {
  const legacy = path.join(cacheDir, "journals", path.basename(indexDir(cacheDir, journal)));
  return [`${legacy}.json`, `${legacy}.customers.json`];
}

const forget = (p: string) => fs.promises.rm(p, { recursive: true, force: true }).catch(() => undefined);

export function readCustomerIndex(cacheDir: string, journal: string): string[] {
  try {
    const file = customersFile(cacheDir, journal);
    if (fs.statSync(file).size > MAX_BYTES) return [];
    const names: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
  } catch {
    return [];
  }
}
