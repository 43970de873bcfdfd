import { parentPort } from "node:worker_threads";
import { loadLang, setLang } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { isSealed } from "../crypto/sealed.js";
import type { Decrypt } from "../crypto/age.js";
import { compactResult } from "./parsed-file.js";
import { readEntryFile, readEntryFileSync } from "./read-entry-file.js";

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
  // The files of a batch are opened side by side: age's key exchange runs off this thread, and
  // awaiting each file in turn left the thread idle for most of an encrypted read.
  const results = await Promise.all(files.map(async (file) => compactResult(isSealed(file) ? await readEntryFile(file, decrypt) : readEntryFileSync(file))));
  parentPort!.postMessage({ id, results });
});
