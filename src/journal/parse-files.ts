import os from "node:os";
import { Worker } from "node:worker_threads";
import type { EntryFileResult } from "./read-entry-file.js";

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;

/**
 * Reads and checks many entry files, spread over worker threads when there are enough of them:
 * parsing YAML is the cost of a cold read, and it parallelises well. Results keep the files' order.
 */
export async function parseFiles(paths: readonly string[], onProgress?: (done: number) => void): Promise<EntryFileResult[]> {
  const workers = Math.min(os.availableParallelism(), 8);
  if (paths.length < WORKER_THRESHOLD || workers < 2) return inProcess(paths, onProgress);
  const size = Math.ceil(paths.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => paths.slice(i * size, (i + 1) * size)).filter((c) => c.length);
  let done = 0;
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<EntryFileResult[]>((resolve, reject) => {
          const worker = new Worker(new URL("./parse-worker.js", import.meta.url), { workerData: chunk });
          worker.on("message", (m: { progress?: number; results?: EntryFileResult[] }) => {
            if (m.progress) onProgress?.((done += m.progress));
            if (m.results) {
              resolve(m.results);
              void worker.terminate();
            }
          });
          worker.on("error", reject);
          // After a result the worker is ended on purpose; an earlier exit is a failure.
          worker.on("exit", (code) => reject(new Error(`journal reader stopped (${code})`)));
        }),
    ),
  );
  return parts.flat();
}

async function inProcess(paths: readonly string[], onProgress?: (done: number) => void): Promise<EntryFileResult[]> {
  if (paths.length === 0) return [];
  // Loaded only when something must be parsed: a warm read needs neither YAML nor schemas.
  const { readEntryFile } = await import("./read-entry-file.js");
  const results: EntryFileResult[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      results[i] = await readEntryFile(paths[i]!);
      if (++done % 250 === 0) onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(32, paths.length) }, worker));
  return results;
}
