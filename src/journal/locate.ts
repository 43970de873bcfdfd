import path from "node:path";
import { findById } from "./queries.js";
import { readEntryFile } from "./read-entry-file.js";
import { scanJournal } from "./scan.js";
import type { StoredEntry } from "./entry.js";
import { UserError } from "../errors.js";
import { inRunWords } from "../i18n/reasons.js";

/** The word that stands for the newest entry, as in jrnl: `show last`, `edit last`. */
export const LAST = "last";

/**
 * One entry by id, unique id prefix or `last`, found by file name: only that file is read. `hint`
 * is the command that lists the ids (another journal than the own one needs its --journal).
 */
export async function locateEntry(journal: string, idOrPrefix: string, hint = "empathy list"): Promise<StoredEntry> {
  const { files } = scanJournal(journal);
  // Names start with the minute they were written and the scan sorts them: the last is the newest.
  const newest = idOrPrefix === LAST ? files.at(-1) : undefined;
  const file = newest ?? findById(files, (f) => path.basename(f.path, ".yaml"), idOrPrefix.replace(/\.yaml$/, ""), { noun: "entry", hint });
  const r = await readEntryFile(file.path);
  if (!r.ok) throw new UserError(`${r.invalid.path}${r.invalid.line ? `:${r.invalid.line}` : ""}: ${inRunWords(r.invalid).reason}`);
  return r.entry;
}
