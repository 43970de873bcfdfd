import type { Decrypt } from "../crypto/age.js";
import { isSealed } from "../crypto/sealed.js";
import { mapLimit } from "../data/map-limit.js";
import { batchEncoder, type ParsedBatch } from "./parsed-file.js";
import { checkOpened, openEntryFile, readEntryFileSync } from "./read-entry-file.js";

/**
 * Encrypted files being opened at once. Their key exchanges run in this thread, without waiting,
 * unless node:crypto lacks X25519 (see age.ts): then WebCrypto does them off the thread, and this
 * many keep them overlapping. Opening one at a time costs no less.
 */
const OPEN_AT_ONCE = 8;

/** The decrypter of the last keys: a review of encrypted journals asks with the same keys each time. */
let opener: { keys: string; decrypt: Promise<Decrypt> } | undefined;

function openerOf(keys: readonly string[]): Promise<Decrypt> {
  const id = keys.join("\n");
  if (opener?.keys !== id) opener = { keys: id, decrypt: import("../crypto/age.js").then((m) => m.decrypterFor(keys)) };
  return opener.decrypt;
}

/**
 * Reads and checks a batch of entry files, in a parse worker or in the reading thread alike. Plain
 * files are read blocking: waiting costs a parse thread nothing and saves the round trips.
 * Encrypted files are opened first, a few side by side (see OPEN_AT_ONCE). Opening a whole batch
 * at once held every file's decryption buffers (64 KiB apiece) together, and collecting them cost
 * more than the waits saved; checking them in between opened files cost more still.
 */
export async function parseBatch(files: readonly string[], keys: readonly string[] | undefined): Promise<ParsedBatch> {
  const decrypt = keys && (await openerOf(keys));
  const opened = await mapLimit(files, OPEN_AT_ONCE, async (file) => (isSealed(file) ? openEntryFile(file, decrypt, true) : undefined));
  const batch = batchEncoder();
  files.forEach((file, i) => batch.add(opened[i] ? checkOpened(file, opened[i]) : readEntryFileSync(file)));
  return batch.done();
}
