import fs from "node:fs";
import { parseEntry } from "./parse-entry.js";
import type { Decrypt } from "../crypto/age.js";
import { diskToText, isSealed } from "../crypto/sealed.js";
import type { InvalidFile, StoredEntry } from "./entry.js";

export type EntryFileResult = { ok: true; entry: StoredEntry } | { ok: false; invalid: InvalidFile };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Checks the bytes of one entry file; never throws for what is in the file. */
export function checkEntryBytes(file: string, bytes: Uint8Array): EntryFileResult {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, invalid: { path: file, problem: "not-yaml", reason: "not valid UTF-8 text" } };
  }
  if (text.trim() === "") return { ok: false, invalid: { path: file, problem: "not-yaml", reason: "empty file" } };
  const result = parseEntry(text, file);
  return result.ok ? { ok: true, entry: { entry: result.entry, path: file } } : result;
}

const unreadable = (file: string, e: unknown): EntryFileResult => ({
  ok: false,
  invalid: { path: file, problem: "unreadable", reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})` },
});

/** Reads and checks one entry file; an encrypted one is opened with `decrypt` when there is one. */
export async function readEntryFile(file: string, decrypt?: Decrypt): Promise<EntryFileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    return unreadable(file, e);
  }
  if (isSealed(file)) {
    const opened = await diskToText(file, bytes, decrypt);
    if (!opened.ok) return opened;
    bytes = opened.bytes;
  }
  return checkEntryBytes(file, bytes);
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
