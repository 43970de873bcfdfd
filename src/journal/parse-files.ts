import os from "node:os";
import { Worker } from "node:worker_threads";
import { mapLimit } from "../data/map-limit.js";
import { lang } from "../i18n/index.js";
import type { ParsedFile } from "./parsed-file.js";
import type { ParseJob } from "./parse-worker.js";

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;

/** Files per message to a worker: progress moves in these steps, and a worker holds no more at once. */
const BATCH = 200;

/** Workers idle this long are ended; a review's next journal comes well within it. */
const IDLE_MS = 1500;

/** A worker's heap for older objects: a batch's entries need a few megabytes, the rest is garbage. */
const OLD_GENERATION_MB = 32;

interface Pool {
  closed?: true;
  workers: { worker: Worker; busy: number }[];
  jobs: Map<number, { resolve: (r: ParsedFile[]) => void; reject: (e: Error) => void }>;
  idle?: NodeJS.Timeout;
}

let pool: Pool | undefined;
let nextJob = 0;

/** Ends the pool; the jobs it still had fail with `error`. */
function close(p: Pool, error?: Error): void {
  if (pool === p) pool = undefined;
  p.closed = true;
  clearTimeout(p.idle);
  for (const job of p.jobs.values()) job.reject(error ?? new Error("journal reader stopped"));
  p.jobs.clear();
  for (const { worker } of p.workers) void worker.terminate();
}

function startPool(size: number): Pool {
  const p: Pool = { workers: [], jobs: new Map() };
  for (let i = 0; i < size; i++) {
    // Small generations: parsing makes short-lived garbage, and collecting it early keeps the peak
    // memory of a cold read low without costing time. A batch that outgrows them is read again
    // in this thread (see parseFiles).
    const worker = new Worker(new URL("./parse-worker.js", import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: OLD_GENERATION_MB },
    });
    worker.on("message", ({ id, results }: { id: number; results: ParsedFile[] }) => {
      const job = p.jobs.get(id);
      p.jobs.delete(id);
      job?.resolve(results);
    });
    worker.on("error", (e) => close(p, e));
    // Workers end only when the pool is closed; an exit before that is a failure.
    worker.on("exit", (code) => close(p, new Error(`journal reader stopped (${code})`)));
    worker.unref();
    p.workers.push({ worker, busy: 0 });
  }
  return p;
}

/** Parses one batch on the least busy worker; a worker with work keeps the process alive. */
function run(p: Pool, files: string[], keys: readonly string[] | undefined): Promise<ParsedFile[]> {
  if (p.closed) return Promise.reject(new Error("journal reader stopped"));
  const slot = p.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
  const id = nextJob++;
  if (slot.busy++ === 0) slot.worker.ref();
  const job: ParseJob = { id, files, lang: lang(), ...(keys && { keys: [...keys] }) };
  return new Promise<ParsedFile[]>((resolve, reject) => {
    p.jobs.set(id, { resolve, reject });
    slot.worker.postMessage(job);
  }).finally(() => {
    if (--slot.busy === 0) slot.worker.unref();
  });
}

/**
 * Reads and checks many entry files, spread over worker threads when there are enough of them:
 * parsing YAML is the cost of a cold read, and it parallelises well. The workers stay for the
 * next call until idle a while. Results keep the files' order. `keys` open the encrypted files among them.
 */
export async function parseFiles(paths: readonly string[], onProgress?: (done: number) => void, keys?: readonly string[]): Promise<ParsedFile[]> {
  const size = Math.min(os.availableParallelism(), 8);
  if (paths.length < WORKER_THRESHOLD || size < 2) return inProcess(paths, onProgress, keys);
  const p = (pool ??= startPool(size));
  clearTimeout(p.idle);
  const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, i) => paths.slice(i * BATCH, (i + 1) * BATCH));
  let done = 0;
  try {
    // Two batches in hand per worker: the next is there when one is sent back.
    const parts = await mapLimit(batches, 2 * size, async (batch) => {
      // A worker that failed (out of memory on a hostile batch, say) costs speed, not the read.
      const results = await run(p, batch, keys).catch(() => inProcess(batch, undefined, keys));
      onProgress?.((done += results.length));
      return results;
    });
    return parts.flat();
  } finally {
    if (pool === p && p.jobs.size === 0) p.idle = setTimeout(() => close(p), IDLE_MS).unref();
  }
}

async function inProcess(paths: readonly string[], onProgress?: (done: number) => void, keys?: readonly string[]): Promise<ParsedFile[]> {
  if (paths.length === 0) return [];
  // Loaded only when something must be parsed: a warm read needs neither YAML nor schemas.
  const [{ readEntryFile }, { compactResult }, { questionTable }] = await Promise.all([import("./read-entry-file.js"), import("./parsed-file.js"), import("./answer-tuples.js")]);
  const decrypt = keys && (await import("../crypto/age.js")).decrypterFor(keys);
  const questions = questionTable();
  let done = 0;
  return mapLimit(paths, 32, async (p) => {
    const result = compactResult(await readEntryFile(p, await decrypt), questions);
    if (++done % 250 === 0) onProgress?.(done);
    return result;
  });
}
