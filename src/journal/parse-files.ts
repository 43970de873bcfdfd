import os from "node:os";
import { setImmediate as breathe } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { collectOftenWhileParsing, keepYoungGenerationSmallPast } from "../data/heap.js";
import { lang } from "../i18n/index.js";
import { parseBatch } from "./parse-batch.js";
import { decodeBatch, type ParsedBatch, type ParsedFile } from "./parsed-file.js";
import type { ParseJob } from "./parse-worker.js";

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;

/**
 * Files per batch: progress moves in these steps, and a worker holds no more at once. Half of the
 * 200 it was, with the smaller generations below: a cold summary of 10,000 entries peaked some
 * 8 MB lower (median of 9 runs), in the same time.
 */
const BATCH = 100;

/** Workers idle this long are ended; a review's next journal comes well within it. */
const IDLE_MS = 1500;

/**
 * A worker's heaps, young and old: its parsers and schemas take some 10 MB, a batch's entries a
 * few more, the rest is garbage that a larger heap only keeps longer. Opening age files makes more
 * short-lived buffers: twice the room there kept a cold read of encrypted entries some 10% quicker.
 */
const HEAPS = { plain: { young: 4, old: 16 }, sealed: { young: 8, old: 32 } };

interface Slot {
  worker: Worker;
  busy: number;
}

interface Pool {
  closed?: true;
  slots: Slot[];
  jobs: Map<number, { resolve: (r: ParsedBatch) => void; reject: (e: Error) => void }>;
  idle?: NodeJS.Timeout;
}

let pool: Pool | undefined;
let nextJob = 0;

/** A read's batches, handed out one at a time to its workers' slots and to this thread. */
interface Read {
  batches: string[][];
  keys: readonly string[] | undefined;
  next: number;
  /** Each batch handed out, until it is parsed and put in its place. */
  pending: Promise<void>[];
  /** Settles once every batch is handed out, when `retire` is called. */
  allOut: Promise<void>;
  retire: () => void;
  put: (b: number, batch: ParsedBatch) => void;
}

/** The reads with batches left, oldest first; this thread parses from them in turn. */
const reads: Read[] = [];
let parsingHere = false;

/** The next batch of `read` to parse, with the promise of its end kept in the read; none once all are handed out. */
function take(read: Read, parse: (files: string[]) => Promise<ParsedBatch>): Promise<void> | undefined {
  if (read.next >= read.batches.length) {
    read.retire();
    return undefined;
  }
  const b = read.next++;
  const parsed = parse(read.batches[b]!).then((batch) => read.put(b, batch));
  read.pending.push(parsed);
  if (read.next === read.batches.length) read.retire();
  return parsed;
}

/**
 * This thread's share: batch after batch of the oldest read with any left, one read's at a time
 * (of two reads side by side, a share of each would leave this thread the most to parse).
 */
async function parseHere(): Promise<void> {
  if (parsingHere) return;
  parsingHere = true;
  try {
    for (let read = reads[0]; read; read = reads[0]) {
      const r = read;
      // A failure belongs to its read, which is told by its pending batch; this thread goes on.
      await take(r, (files) => parseBatch(files, r.keys))?.catch(() => (r.next = r.batches.length));
      // Plain files are read blocking: the workers' batches coming back are taken in between.
      await breathe();
    }
  } finally {
    parsingHere = false;
  }
}

/** Ends the pool; the jobs it still had fail with `error`. */
function close(p: Pool, error?: Error): void {
  if (pool === p) pool = undefined;
  p.closed = true;
  clearTimeout(p.idle);
  for (const job of p.jobs.values()) job.reject(error ?? new Error("journal reader stopped"));
  p.jobs.clear();
  for (const { worker } of p.slots) void worker.terminate();
}

function startPool(size: number, heap: (typeof HEAPS)["plain"]): Pool {
  const p: Pool = { slots: [], jobs: new Map() };
  for (let i = 0; i < size; i++) {
    // Small generations: parsing makes short-lived garbage, and collecting it early keeps the peak
    // memory of a cold read low without costing time. A batch that outgrows them is read again
    // in this thread (see parseFiles).
    const worker = new Worker(new URL("./parse-worker.js", import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: heap.young, maxOldGenerationSizeMb: heap.old },
    });
    keepYoungGenerationSmallPast(worker);
    worker.on("message", ({ id, batch }: { id: number; batch: ParsedBatch }) => {
      const job = p.jobs.get(id);
      p.jobs.delete(id);
      job?.resolve(batch);
    });
    worker.on("error", (e) => close(p, e));
    // Workers end only when the pool is closed; an exit before that is a failure.
    worker.on("exit", (code) => close(p, new Error(`journal reader stopped (${code})`)));
    worker.unref();
    p.slots.push({ worker, busy: 0 });
  }
  return p;
}

/** Parses one batch on a worker; a worker with work keeps the process alive. */
function run(p: Pool, slot: Slot, files: string[], keys: readonly string[] | undefined): Promise<ParsedBatch> {
  if (p.closed) return Promise.reject(new Error("journal reader stopped"));
  const id = nextJob++;
  if (slot.busy++ === 0) slot.worker.ref();
  const job: ParseJob = { id, files, lang: lang(), ...(keys && { keys: [...keys] }) };
  return new Promise<ParsedBatch>((resolve, reject) => {
    p.jobs.set(id, { resolve, reject });
    slot.worker.postMessage(job);
  }).finally(() => {
    if (--slot.busy === 0) slot.worker.unref();
  });
}

/**
 * The pool, started if need be: none on a single core, or when workers cannot be started here (the
 * read then parses in this thread alone, slower but whole).
 */
function workers(sealed: boolean): Pool | undefined {
  const size = Math.min(os.availableParallelism(), 8);
  if (size < 2) return undefined;
  try {
    // The pool stays with the heaps it was started with: a review's next journal may be the other kind.
    pool ??= startPool(size - 1, sealed ? HEAPS.sealed : HEAPS.plain);
  } catch {
    return undefined;
  }
  clearTimeout(pool.idle);
  return pool;
}

/**
 * Reads and checks many entry files, in batches: this thread parses its share, and when there are
 * enough files, worker threads parse the rest side by side (one fewer than the cores: parsing YAML
 * is the cost of a cold read and parallelises well, and each worker holds its own parsers and
 * heap). The workers stay for the next call until idle a while. `onBatch` gets the results in the
 * files' order, a batch at a time with the place of its first file, as soon as the batches before
 * are in: a read can be done with a month before the next is parsed, and none holds all at once.
 * `keys` open the encrypted files among them.
 */
export async function parseFiles(paths: readonly string[], onBatch: (files: ParsedFile[], first: number) => void, keys?: readonly string[]): Promise<void> {
  /** The batches parsed but not yet taken: those after one still being parsed. */
  const parts: (ParsedFile[] | undefined)[] = [];
  let taken = 0;
  let allOut!: () => void;
  const read: Read = {
    batches: Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, i) => paths.slice(i * BATCH, (i + 1) * BATCH)),
    keys,
    next: 0,
    pending: [],
    allOut: new Promise<void>((resolve) => (allOut = resolve)),
    retire: () => {
      const at = reads.indexOf(read);
      if (at >= 0) reads.splice(at, 1);
      allOut();
    },
    put: (b, batch) => {
      parts[b] = decodeBatch(batch);
      for (let part = parts[taken]; part; part = parts[taken]) {
        parts[taken] = undefined;
        onBatch(part, BATCH * taken++);
      }
    },
  };
  if (read.batches.length === 0) return;
  const sealed = (keys?.length ?? 0) > 0;
  collectOftenWhileParsing(sealed);
  const p = paths.length < WORKER_THRESHOLD ? undefined : workers(sealed);
  reads.push(read);
  const there = async (slot: Slot) => {
    // A worker that failed (out of memory on a hostile batch, say) costs speed, not the read.
    const parse = (files: string[]) => run(p!, slot, files, keys).catch(() => parseBatch(files, keys));
    for (let t = take(read, parse); t; t = take(read, parse)) await t;
  };
  try {
    // Two batches in hand per worker, so that the next is there when one is sent back; the
    // workers' first batches are handed out before this thread takes one.
    const inWorkers = p ? p.slots.flatMap((s) => [there(s), there(s)]) : [];
    void parseHere();
    await Promise.all([...inWorkers, read.allOut]);
    await Promise.all(read.pending);
  } finally {
    // A read that failed hands out nothing more.
    read.next = read.batches.length;
    read.retire();
    if (p && pool === p && p.jobs.size === 0) p.idle = setTimeout(() => close(p), IDLE_MS).unref();
  }
}
