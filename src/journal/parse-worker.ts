import { parentPort, workerData } from "node:worker_threads";
import { loadLang, setLang } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { isSealed } from "../crypto/sealed.js";
import { readEntryFile, readEntryFileSync, type EntryFileResult } from "./read-entry-file.js";

/**
 * Reads and checks a share of the journal's files off the main thread. Results go back in batches,
 * so that this thread never holds more than one batch: that keeps the peak memory of a cold read low.
 */
const { files, keys, lang } = workerData as { files: string[]; keys?: string[]; lang: Lang };
await loadLang(lang);
setLang(lang);
const decrypt = keys && (await import("../crypto/age.js")).decrypterFor(keys);
const BATCH = 250;
let batch: EntryFileResult[] = [];
for (const file of files) {
  batch.push(isSealed(file) ? await readEntryFile(file, await decrypt) : readEntryFileSync(file));
  if (batch.length === BATCH) {
    parentPort!.postMessage({ results: batch });
    batch = [];
  }
}
parentPort!.postMessage({ results: batch, done: true });
