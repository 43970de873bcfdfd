import type { Decrypt } from "../crypto/age.js";
import { isSealed } from "../crypto/sealed.js";
import { mapLimit } from "../data/map-limit.js";
import { batchEncoder, type ParsedBatch } from "./parsed-file.js";
import { checkOpened, openEntryFile, readEntryFileSync } from "./read-entry-file.js";

/** Encrypted files being opened at once: enough to keep the key exchanges overlapping. */
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
 * Encrypted files are opened first, a few side by side: age's key exchange runs off this thread,
 * and awaiting each file in turn left the thread idle. Opening a whole batch at once held every
 * file's decryption buffers (64 KiB apiece) together, and collecting them cost more than the
 * waits saved; checking them in between opened files cost more still.
 */
export async function parseBatch(files: readonly string[], keys: readonly string[] | undefined): Promise<ParsedBatch> {
  const decrypt = keys && (await openerOf(keys));
  const opened = await mapLimit(files, OPEN_AT_ONCE, async (file) => (isSealed(file) ? openEntryFile(file, decrypt, true) : undefined));
  const batch = batchEncoder();
  files.forEach((file, i) => batch.add(opened[i] ? checkOpened(file, opened[i]) : readEntryFileSync(file)));
  return batch.done();
}
