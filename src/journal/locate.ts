import fs from "node:fs";
import path from "node:path";
import { findById } from "./queries.js";
import { readEntryFile } from "./read-entry-file.js";
import { scanJournal } from "./scan.js";
import type { StoredEntry } from "./entry.js";
import { UserError } from "../errors.js";
import { inRunWords } from "../data/reasons.js";
import { isSealed } from "../crypto/sealed.js";
import { idFromName } from "./naming.js";

/** The word that stands for the newest entry, as in jrnl: `show last`, `edit last`. */
export const LAST = "last";

/**
 * One entry by id, unique id prefix or `last`, found by file name: only that file is read.
 * `foreign` is how the user named the journal when it is not their own (see `NotFound`). A path to
 * an entry file is taken as it is: the way to reach a copy that is not read otherwise. `keys` open
 * an encrypted entry.
 */
export async function locateEntry(
  journal: string,
  idOrPrefix: string,
  foreign?: string,
  keys?: () => Promise<readonly string[] | undefined>,
): Promise<StoredEntry> {
  const given = /[\\/]/.test(idOrPrefix) && fs.statSync(idOrPrefix, { throwIfNoEntry: false })?.isFile() ? idOrPrefix : undefined;
  const key = idFromName(idOrPrefix.trim());
  const file = given ?? findFile(journal, key, foreign);
  if (file === undefined) {
    // An entry encrypted by `encryption on` keeps its id but not its name: only its content tells.
    const { readJournal } = await import("./read.js");
    const { entries } = await readJournal(journal, keys ? { keys } : {});
    return findById(entries, (e) => e.entry.id, key, "entry", foreign);
  }
  const decrypt = isSealed(file) && keys ? await keys() : undefined;
  const r = await readEntryFile(file, decrypt && (await (await import("../crypto/age.js")).decrypterFor(decrypt)));
  if (!r.ok) throw new UserError(`${r.invalid.path}${r.invalid.line ? `:${r.invalid.line}` : ""}: ${inRunWords(r.invalid).reason}`);
  return r.entry;
}

/** The file of an id; undefined when only an encrypted entry's content can tell which it is. */
function findFile(journal: string, id: string, foreign?: string): string | undefined {
  const { files, invalid } = scanJournal(journal);
  // Names start with the minute they were written and the scan sorts them: the last is the newest.
  if (id === LAST && files.length > 0) return files.at(-1)!.path;
  const idOf = (f: { path: string }) => idFromName(path.basename(f.path));
  const named = files.some((f) => idOf(f).startsWith(id));
  if (!named && files.some((f) => isSealed(f.path))) return undefined;
  // Only copies outside their month folder have the id: say which, and where the entry belongs.
  const copies = named ? [] : invalid.filter((f) => f.problem === "misplaced" && idOf(f) === id);
  if (copies.length > 0) throw new UserError(copies.map((f) => `${f.path}: ${inRunWords(f).reason}`).join("; "));
  return findById(files, idOf, id, "entry", foreign).path;
}
