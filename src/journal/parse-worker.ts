import { parentPort } from "node:worker_threads";
import { loadLang, setLang } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { isSealed } from "../crypto/sealed.js";
import type { Decrypt } from "../crypto/age.js";
import { mapLimit } from "../data/map-limit.js";
import { compactResult } from "./parsed-file.js";
import { questionTable } from "./answer-tuples.js";
import { checkOpened, openEntryFile, readEntryFileSync } from "./read-entry-file.js";

/**
 * Reads and checks batches of a journal's files off the main thread, one batch per message, for
 * as long as the pool keeps it: a coach's review reads journal after journal, and starting new
 * workers (and loading the parsers again) for each cost more than a small trainee's parsing.
 */
export interface ParseJob {
  id: number;
  files: string[];
  lang: Lang;
  keys?: string[];
}

/** Encrypted files being opened at once: enough to keep the key exchanges overlapping. */
const OPEN_AT_ONCE = 8;

/** The decrypter of the last keys: a review of encrypted journals asks with the same keys each time. */
let opener: { keys: string; decrypt: Promise<Decrypt> } | undefined;

function decrypterOf(keys: string[]): Promise<Decrypt> {
  const id = keys.join("\n");
  if (opener?.keys !== id) opener = { keys: id, decrypt: import("../crypto/age.js").then((m) => m.decrypterFor(keys)) };
  return opener.decrypt;
}

parentPort!.on("message", async ({ id, files, lang, keys }: ParseJob) => {
  await loadLang(lang);
  setLang(lang);
  const decrypt = keys && (await decrypterOf(keys));
  // Encrypted files are opened first, a few side by side: age's key exchange runs off this thread,
  // and awaiting each file in turn left the thread idle. Opening a whole batch at once held every
  // file's decryption buffers (64 KiB apiece) together, and collecting them cost more than the
  // waits saved; checking them in between opened files cost more still.
  const opened = await mapLimit(files, OPEN_AT_ONCE, async (file) => (isSealed(file) ? openEntryFile(file, decrypt, true) : undefined));
  const questions = questionTable();
  const results = files.map((file, i) => compactResult(opened[i] ? checkOpened(file, opened[i]) : readEntryFileSync(file), questions));
  parentPort!.postMessage({ id, results });
});
