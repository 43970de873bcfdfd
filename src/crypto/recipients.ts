import path from "node:path";
import { writeFileAtomic } from "../data/atomic-write.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { RECIPIENT } from "./age.js";
import { RECIPIENTS_FILE } from "./sealed.js";
import { readSmallFile } from "./small-file.js";

/**
 * The journal's recipients: public keys only, one per line, in the age tool's recipients-file
 * format (`age -R recipients.txt` encrypts to the same people). Kept in the journal, so that
 * writing an entry needs no secret and a synced copy carries who may read it.
 */
export const recipientsFile = (journal: string) => path.join(journal, RECIPIENTS_FILE);

/** The recipients, or none for a plain journal. A damaged list stops writing: nothing is sealed to half of it. */
export async function readRecipients(journal: string): Promise<string[]> {
  const file = recipientsFile(journal);
  let bytes: Buffer | undefined;
  try {
    bytes = await readSmallFile(file);
  } catch (e) {
    throw new UserError(t().crypto.unreadable(file, (e as NodeJS.ErrnoException).code ?? "error"));
  }
  if (!bytes) return [];
  const list: string[] = [];
  for (const [i, raw] of bytes.toString("utf8").split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (!RECIPIENT.test(line)) throw new UserError(t().crypto.badRecipientLine(file, i + 1));
    if (!list.includes(line)) list.push(line);
  }
  return list;
}

export async function writeRecipients(journal: string, list: readonly string[]): Promise<void> {
  await writeFileAtomic(recipientsFile(journal), `${t().crypto.recipientsHeader}\n${list.map((r) => `${r}\n`).join("")}`);
}
