import fs from "node:fs";
import path from "node:path";
import { t } from "../i18n/index.js";
import type { InvalidFile } from "../data/invalid-file.js";
import type { Decrypt } from "./age.js";

/** An encrypted journal file ends in `.yaml.age`: what it is, and that the age tool opens it. */
export const SEALED = ".age";
export const isSealed = (file: string) => file.endsWith(`.yaml${SEALED}`);

/** Where a journal keeps its recipients (see recipients.ts). */
export const RECIPIENTS_FILE = "recipients.txt";

/** Whether the journal has recipients: its entries are then written encrypted. */
export const hasRecipients = (journal: string) => fs.existsSync(path.join(journal, RECIPIENTS_FILE));

/**
 * The journal's recipients, none for a plain journal. A plain journal is told by the missing file
 * alone, so that its writes load none of the encryption modules.
 */
export async function journalRecipients(journal: string): Promise<string[]> {
  if (!hasRecipients(journal)) return [];
  return (await import("./recipients.js")).readRecipients(journal);
}

/**
 * The one place where the text of an entry, draft or note becomes bytes on disk: sealed to every
 * recipient when there are any, as it is otherwise.
 */
export async function textToDisk(recipients: readonly string[], text: string): Promise<string | Uint8Array> {
  if (recipients.length === 0) return text;
  const { encryptTo } = await import("./age.js");
  return encryptTo(recipients, text);
}

export type Opened = { ok: true; bytes: Uint8Array } | { ok: false; invalid: InvalidFile };

/**
 * The one place where bytes read from disk become the text the tool reads: an encrypted file is
 * opened with the run's keys, and one that cannot be is reported like any invalid entry.
 */
export async function diskToText(file: string, bytes: Uint8Array, decrypt: Decrypt | undefined): Promise<Opened> {
  if (!isSealed(file)) return { ok: true, bytes };
  const m = t().crypto;
  if (!decrypt) return { ok: false, invalid: { path: file, problem: "encrypted", reason: m.noIdentity } };
  try {
    return { ok: true, bytes: await decrypt(bytes) };
  } catch (e) {
    const notOurs = /no identity matched/.test((e as Error).message);
    return { ok: false, invalid: { path: file, problem: "encrypted", reason: notOurs ? m.notForYou : m.damaged } };
  }
}
