import { FileRefused, readBytes, readBytesSync } from "../data/read-whole.js";
import { parseEntry } from "./parse-entry.js";
import { entryByteLimit } from "./scan.js";
import { skipped } from "./skipped.js";
import type { Decrypt } from "../crypto/age.js";
import { diskToText, type Opened } from "../crypto/sealed.js";
import type { StoredEntry } from "./entry.js";
import type { InvalidFile, Why } from "../data/invalid-file.js";

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

/** A file that was not read: refused as it was opened (a link, a FIFO, too large), or failing. */
function unreadable(file: string, e: unknown): { ok: false; invalid: InvalidFile } {
  if (e instanceof FileRefused) {
    const why: Why = e.kind === "link" ? { key: "link" } : e.kind === "not-regular" ? { key: "notRegular" } : { key: "tooLarge", size: e.size ?? 0, limit: e.maxBytes ?? entryByteLimit(file) };
    return { ok: false, invalid: skipped(file, e.kind === "too-large" ? "too-large" : "not-journal-file", why) };
  }
  return { ok: false, invalid: skipped(file, "unreadable", { key: "unreadable", code: (e as NodeJS.ErrnoException).code ?? "error" }) };
}

/**
 * An entry file's bytes as the tool reads them, opened with `decrypt` when it is encrypted; never
 * throws for what is in the file. `blocking` reads without a trip through the thread pool, for
 * worker threads: there the pool's threads are better spent on age's key exchanges.
 */
export async function openEntryFile(file: string, decrypt: Decrypt | undefined, blocking = false): Promise<Opened> {
  let bytes: Uint8Array;
  try {
    bytes = blocking ? readBytesSync(file, entryByteLimit(file)) : await readBytes(file, entryByteLimit(file));
  } catch (e) {
    return unreadable(file, e);
  }
  return diskToText(file, bytes, decrypt);
}

/** Checks what `openEntryFile` gave. */
export const checkOpened = (file: string, opened: Opened): EntryFileResult => (opened.ok ? checkEntryBytes(file, opened.bytes) : opened);

/** Reads and checks one entry file; an encrypted one is opened with `decrypt` when there is one. */
export async function readEntryFile(file: string, decrypt?: Decrypt): Promise<EntryFileResult> {
  return checkOpened(file, await openEntryFile(file, decrypt));
}

/** The same, blocking: for worker threads, where waiting costs nothing and saves the round trips. */
export function readEntryFileSync(file: string): EntryFileResult {
  let bytes: Buffer;
  try {
    bytes = readBytesSync(file, entryByteLimit(file));
  } catch (e) {
    return unreadable(file, e);
  }
  return checkEntryBytes(file, bytes);
}
