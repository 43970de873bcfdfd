import { parentPort, workerData } from "node:worker_threads";
import { readEntryFileSync, type EntryFileResult } from "./read-entry-file.js";

/**
 * Reads and checks a share of the journal's files off the main thread. Results go back in batches,
 * so that this thread never holds more than one batch: that keeps the peak memory of a cold read low.
 */
const files = workerData as string[];
const BATCH = 250;
let batch: EntryFileResult[] = [];
for (const file of files) {
  batch.push(readEntryFileSync(file));
  if (batch.length === BATCH) {
    parentPort!.postMessage({ results: batch });
    batch = [];
  }
}
parentPort!.postMessage({ results: batch, done: true });
