import fs from "node:fs/promises";
import { parseEntry } from "./parse-entry.js";
import { scanJournal, type EntryFile } from "./scan.js";
import type { InvalidFile, StoredEntry } from "./entry.js";

export interface JournalContents {
  entries: StoredEntry[];
  invalid: InvalidFile[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads and checks one entry file; never throws for what is in the file. */
export async function readEntryFile(file: string): Promise<{ ok: true; entry: StoredEntry } | { ok: false; invalid: InvalidFile }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    return { ok: false, invalid: { path: file, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})` } };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, invalid: { path: file, reason: "not valid UTF-8 text" } };
  }
  if (text.trim() === "") return { ok: false, invalid: { path: file, reason: "empty file" } };
  const result = parseEntry(text, file);
  return result.ok ? { ok: true, entry: { entry: result.entry, path: file } } : result;
}

/** Reads files a few at a time: enough to keep the disk busy without opening thousands at once. */
export async function readEntryFiles(files: EntryFile[], concurrency = 32): Promise<JournalContents> {
  const results: Awaited<ReturnType<typeof readEntryFile>>[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await readEntryFile(files[i]!.path);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  const entries: StoredEntry[] = [];
  const invalid: InvalidFile[] = [];
  for (const r of results) {
    if (r.ok) entries.push(r.entry);
    else invalid.push(r.invalid);
  }
  return { entries, invalid };
}

/** Every valid entry of a journal, oldest first, and every file that could not be used. */
export async function readJournal(journal: string): Promise<JournalContents> {
  const scan = await scanJournal(journal);
  const read = await readEntryFiles(scan.files);
  const time = new Map(read.entries.map((e) => [e, Date.parse(e.entry.createdAt)]));
  read.entries.sort((a, b) => time.get(a)! - time.get(b)! || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  return { entries: read.entries, invalid: [...scan.invalid, ...read.invalid] };
}
