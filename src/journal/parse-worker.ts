import { parentPort, workerData } from "node:worker_threads";
import { loadLang, setLang } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { isSealed } from "../crypto/sealed.js";
import { readEntryFile, readEntryFileSync } from "./read-entry-file.js";

/**
 * Reads and checks a share of the journal's files off the main thread. Results go back in batches,
 * so that this thread never holds more than one batch: that keeps the peak memory of a cold read low.
 */
const { files, keys, lang } = workerData as { files: string[]; keys?: string[]; lang: Lang };
await loadLang(lang);
setLang(lang);
const decrypt = keys && (await import("../crypto/age.js")).decrypterFor(keys);
const BATCH = 250;
const opener = await decrypt;
for (let i = 0; i < files.length; i += BATCH) {
  // The files of a batch are opened side by side: age's key exchange runs off this thread, and
  // awaiting each file in turn left the thread idle for most of an encrypted read.
  const batch = await Promise.all(files.slice(i, i + BATCH).map((file) => (isSealed(file) ? readEntryFile(file, opener) : readEntryFileSync(file))));
  parentPort!.postMessage({ results: batch, ...(i + BATCH >= files.length && { done: true }) });
}
if (files.length === 0) parentPort!.postMessage({ results: [], done: true });
