import os from "node:os";
import { Worker } from "node:worker_threads";
import { mapLimit } from "../data/map-limit.js";
import { lang } from "../i18n/index.js";
import type { EntryFileResult } from "./read-entry-file.js";

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;

/**
 * Reads and checks many entry files, spread over worker threads when there are enough of them:
 * parsing YAML is the cost of a cold read, and it parallelises well. Results keep the files' order.
 * `keys` open the encrypted files among them.
 */
export async function parseFiles(paths: readonly string[], onProgress?: (done: number) => void, keys?: readonly string[]): Promise<EntryFileResult[]> {
  const workers = Math.min(os.availableParallelism(), 8);
  if (paths.length < WORKER_THRESHOLD || workers < 2) return inProcess(paths, onProgress, keys);
  const size = Math.ceil(paths.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => paths.slice(i * size, (i + 1) * size)).filter((c) => c.length);
  let done = 0;
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<EntryFileResult[]>((resolve, reject) => {
          // A small young generation: parsing makes short-lived garbage, and collecting it early
          // keeps a cold read of 10,000 files well under 250 MB without costing time.
          const worker = new Worker(new URL("./parse-worker.js", import.meta.url), {
            workerData: { files: chunk, keys, lang: lang() },
            resourceLimits: { maxYoungGenerationSizeMb: 8 },
          });
          const results: EntryFileResult[] = [];
          worker.on("message", (m: { results: EntryFileResult[]; done?: boolean }) => {
            for (const r of m.results) results.push(r);
            onProgress?.((done += m.results.length));
            if (m.done) {
              resolve(results);
              void worker.terminate();
            }
          });
          worker.on("error", reject);
          // After the last batch the worker is ended on purpose; an earlier exit is a failure.
          worker.on("exit", (code) => reject(new Error(`journal reader stopped (${code})`)));
        }),
    ),
  );
  return parts.flat();
}

async function inProcess(paths: readonly string[], onProgress?: (done: number) => void, keys?: readonly string[]): Promise<EntryFileResult[]> {
  if (paths.length === 0) return [];
  // Loaded only when something must be parsed: a warm read needs neither YAML nor schemas.
  const { readEntryFile } = await import("./read-entry-file.js");
  const decrypt = keys && (await import("../crypto/age.js")).decrypterFor(keys);
  let done = 0;
  return mapLimit(paths, 32, async (p) => {
    const result = await readEntryFile(p, await decrypt);
    if (++done % 250 === 0) onProgress?.(done);
    return result;
  });
}
