import fs from "node:fs";
import { parseEntry } from "./parse-entry.js";
import { skipped } from "./skipped.js";
import type { InvalidFile, StoredEntry } from "./entry.js";

export type EntryFileResult = { ok: true; entry: StoredEntry } | { ok: false; invalid: InvalidFile };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Checks the bytes of one entry file; never throws for what is in the file. */
export function checkEntryBytes(file: string, bytes: Uint8Array): EntryFileResult {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, invalid: skipped(file, "not-yaml", { key: "notUtf8" }) };
  }
  if (text.trim() === "") return { ok: false, invalid: skipped(file, "not-yaml", { key: "empty" }) };
  const result = parseEntry(text, file);
  return result.ok ? { ok: true, entry: { entry: result.entry, path: file } } : result;
}

const unreadable = (file: string, e: unknown): EntryFileResult => ({
  ok: false,
  invalid: skipped(file, "unreadable", { key: "unreadable", code: (e as NodeJS.ErrnoException).code ?? "error" }),
});

export async function readEntryFile(file: string): Promise<EntryFileResult> {
  try {
    return checkEntryBytes(file, await fs.promises.readFile(file));
  } catch (e) {
    return unreadable(file, e);
  }
}

/** The same, blocking: for worker threads, where waiting costs nothing and saves the round trips. */
export function readEntryFileSync(file: string): EntryFileResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return unreadable(file, e);
  }
  return checkEntryBytes(file, bytes);
}
