import { parentPort, workerData } from "node:worker_threads";
import { readEntryFileSync } from "./read-entry-file.js";

/** Reads and checks a share of the journal's files off the main thread; reports progress as it goes. */
const files = workerData as string[];
const results = [];
for (const [i, file] of files.entries()) {
  results.push(readEntryFileSync(file));
  if (i % 250 === 249) parentPort!.postMessage({ progress: 250 });
}
parentPort!.postMessage({ results });
