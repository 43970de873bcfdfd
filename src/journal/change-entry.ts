import { basename, join } from "node:path";
import { parseDocument, Scalar } from "yaml";
import { UserError } from "../errors.js";
import { ensurePrivateDir } from "../data/atomic-write.js";
import { withFileLock } from "../data/file-lock.js";
import { portableYaml } from "../data/portable-yaml.js";
import { t } from "../i18n/index.js";
import { inRunWords } from "../data/reasons.js";
import type { Decrypt } from "../crypto/age.js";
import { isSealed, SEALED } from "../crypto/sealed.js";
import { idFromName } from "./naming.js";
import { draftsDir } from "./draft-files.js";
import { readEntryText, writeEntryText } from "./entry-text.js";
import { parseEntry } from "./parse-entry.js";

/*
 * Every change to an existing entry goes through here: under the entry's lock, from the file as
 * it is now, checked against the schema before it is written, and written atomically (encrypted
 * again when the entry is). A command never writes an entry file itself.
 */

type Decrypter = () => Promise<Decrypt | undefined>;

/** A valid entry, or the reason in the run's words (with the line, when one is known). */
function checked(text: string, file: string): void {
  const r = parseEntry(text, file);
  if (!r.ok) throw new UserError(`${file}${r.invalid.line ? `:${r.invalid.line}` : ""}: ${inRunWords(r.invalid).reason}`);
}

/**
 * Marks one action of an entry done at `at` (or open again when `at` is undefined). Two `done`
 * runs on one entry both count: each reads the file under the lock.
 */
export async function setActionDone(journal: string, file: string, actionId: string, at: string | undefined, decrypter?: Decrypter): Promise<void> {
  await withFileLock(file, async () => {
    // The YAML document is edited rather than the entry re-serialised, so that comments and layout
    // survive. Checked (size, nesting) before the document is built: the file may have been swapped.
    const text = await readEntryText(file, decrypter);
    if (!parseEntry(text, file).ok) throw new UserError(t().errors.changedMeanwhile(file));
    const doc = parseDocument(text);
    const current = parseEntry(doc.toString({ lineWidth: 0 }), file);
    const index = current.ok ? current.entry.actions.findIndex((a) => a.id === actionId) : -1;
    if (index < 0) throw new UserError(t().errors.changedMeanwhile(file));
    doc.setIn(["actions", index, "done"], at !== undefined);
    // Quoted, as the journal writes times, so that YAML 1.1 readers see text and not a timestamp.
    if (at !== undefined) doc.setIn(["actions", index, "doneAt"], Object.assign(doc.createNode(at), { type: Scalar.QUOTE_DOUBLE }));
    else doc.deleteIn(["actions", index, "doneAt"]);
    const updated = portableYaml(doc);
    checked(updated, file);
    await writeEntryText(journal, file, updated);
  });
}

/** Saved over the entry, or kept beside it because the entry changed while it was being edited. */
export type EditSaved = { saved: true } | { saved: false; kept: string };

/**
 * Replaces an entry with an edit of `original`, only while the file still holds `original`: a
 * `done` made meanwhile must not be undone by this save. Otherwise the edit is kept in the drafts
 * folder under a name of its own (temporary names are swept after an hour), encrypted as the
 * entry is, so an encrypted journal keeps no plain copy.
 */
export async function saveEditedEntry(journal: string, file: string, original: string, edited: string, decrypter?: Decrypter): Promise<EditSaved> {
  checked(edited, file);
  const replaced = await withFileLock(file, async () => {
    if ((await readEntryText(file, decrypter)) !== original) return false;
    await writeEntryText(journal, file, edited);
    return true;
  });
  if (replaced) return { saved: true };
  await ensurePrivateDir(draftsDir(journal));
  const kept = join(draftsDir(journal), `${idFromName(basename(file))}.edited-${Date.now()}.yaml${isSealed(file) ? SEALED : ""}`);
  await writeEntryText(journal, kept, edited);
  return { saved: false, kept };
}
