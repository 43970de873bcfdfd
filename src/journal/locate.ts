import fs from "node:fs";
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
 * is the command that lists the ids (another journal than the own one needs its --journal). A path
 * to an entry file is taken as it is: the way to reach a copy that is not read otherwise.
 */
export async function locateEntry(journal: string, idOrPrefix: string, hint = "empathy list"): Promise<StoredEntry> {
  const given = /[\\/]/.test(idOrPrefix) && fs.statSync(idOrPrefix, { throwIfNoEntry: false })?.isFile() ? idOrPrefix : undefined;
  const r = await readEntryFile(given ?? findFile(journal, idOrPrefix.replace(/\.yaml$/, ""), hint));
  if (!r.ok) throw new UserError(`${r.invalid.path}${r.invalid.line ? `:${r.invalid.line}` : ""}: ${inRunWords(r.invalid).reason}`);
  return r.entry;
}

function findFile(journal: string, id: string, hint: string): string {
  const { files, invalid } = scanJournal(journal);
  // Names start with the minute they were written and the scan sorts them: the last is the newest.
  if (id === LAST && files.length > 0) return files.at(-1)!.path;
  // Only copies outside their month folder have the id: say which, and where the entry belongs.
  const copies = files.some((f) => path.basename(f.path, ".yaml").startsWith(id)) ? [] : invalid.filter((f) => f.problem === "misplaced" && path.basename(f.path, ".yaml") === id);
  if (copies.length > 0) throw new UserError(copies.map((f) => `${f.path}: ${inRunWords(f).reason}`).join("; "));
  return findById(files, (f) => path.basename(f.path, ".yaml"), id, { noun: "entry", hint }).path;
}
