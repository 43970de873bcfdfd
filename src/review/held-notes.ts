import fs from "node:fs";
import path from "node:path";
import { isSealed } from "../crypto/sealed.js";
import type { JournalContents } from "../journal/read.js";
import { ENTRY_ID, entryDir, idFromName, plainEntryPath, timeAndKind } from "../journal/naming.js";
import type { CoachNote } from "./notes.js";

/**
 * The notes on entries a journal holds: trainees in different teams may have folders of the same
 * name, and one's notes must not show in the other's report. A note on an entry not read, in a
 * journal whose earlier months came as digests, is told by the files the read looked at: a file
 * that is not encrypted is named by its entry's id, and a valid one is an entry. An encrypted
 * file's name keeps only its entry's time and kind: when such a file may hold the note's entry,
 * only reading the journal whole can tell, and `undefined` says so. Reading it whole for every
 * note on an older entry made a review of a noted journal take nearly twice a summary's time.
 */
export function heldNotes(journal: string, contents: JournalContents, notes: readonly CoachNote[]): CoachNote[] | undefined {
  if (notes.length === 0) return [];
  const ids = new Set(contents.entries.map((e) => e.entry.id));
  const others = notes.filter((n) => !ids.has(n.entry));
  if (others.length === 0) return [...notes];
  // Every entry was read: a note on none of them is on no entry of this journal.
  if (!contents.earlier || !contents.statOf) return notes.filter((n) => ids.has(n.entry));
  const invalid = new Set(contents.invalid.map((f) => f.path));
  /** A file the read looked at, and could use. */
  const usable = (file: string) => contents.statOf!(file) !== undefined && !invalid.has(file);
  const held = new Set<string>();
  for (const { entry: id } of others) {
    // A note's id is the coach's text: only an entry's form can name a file of the journal.
    if (!ENTRY_ID.test(id)) continue;
    if (usable(plainEntryPath(journal, id))) held.add(id);
    else if (sealedNamesOf(entryDir(journal, id), id).some(usable)) return undefined;
  }
  return notes.filter((n) => ids.has(n.entry) || held.has(n.entry));
}

/** The encrypted files in a month folder whose names have an id's time and kind. */
function sealedNamesOf(dir: string, id: string): string[] {
  const head = timeAndKind(id);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return []; // gone since the read: then the read saw none of its files either
  }
  return names.filter((n) => isSealed(n) && timeAndKind(idFromName(n)) === head).map((n) => path.join(dir, n));
}
