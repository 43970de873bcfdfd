import { explainReadError } from "../data/read-error.js";
import { readBytes } from "../data/read-whole.js";
import { entryByteLimit } from "./scan.js";
import { writeFileAtomic } from "../data/atomic-write.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import type { Decrypt } from "../crypto/age.js";
import { diskToText, isSealed, journalRecipients, textToDisk } from "../crypto/sealed.js";

/** The text of one journal file that a command changes in place (`edit`, `done`), opened if encrypted. */
export async function readEntryText(file: string, decrypter?: () => Promise<Decrypt | undefined>): Promise<string> {
  let bytes: Uint8Array;
  try {
    // Bounded and never through a link: the file may have been swapped since it was found.
    bytes = await readBytes(file, entryByteLimit(file));
  } catch (e) {
    throw explainReadError(file, e);
  }
  const opened = await diskToText(file, bytes, isSealed(file) ? await decrypter?.() : undefined);
  if (!opened.ok) throw new UserError(`${opened.invalid.path}: ${opened.invalid.reason}`);
  return Buffer.from(opened.bytes).toString("utf8");
}

/** Replaces a journal file's text atomically; an encrypted file is encrypted again, to the journal's recipients as they are now. */
export async function writeEntryText(journal: string, file: string, text: string): Promise<void> {
  if (!isSealed(file)) return writeFileAtomic(file, text);
  const recipients = await journalRecipients(journal);
  if (recipients.length === 0) throw new UserError(t().crypto.noRecipients(journal));
  await writeFileAtomic(file, await textToDisk(recipients, text));
}
