import v8 from "node:v8";
import type { Worker } from "node:worker_threads";

/** Whether this run keeps its young generation small (a command's run; not a test's, say). */
let kept = false;

function setFlags(): void {
  v8.setFlagsFromString("--max-semi-space-size=2");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

/**
 * A young generation that does not grow, for a run that may read a whole journal; set before the
 * heap grows (when the run's context is made, before any command's work). Such a read keeps most of what it builds, and a young space grown to 16 MB only
 * copies those survivors through more memory (a warm summary of 10,000 entries peaked at 108 MB,
 * now 76, no slower). Once Node has started, V8 still reads the growth factor at each scavenge but
 * no longer the maximum size; both are given, and both are known to the V8 of every Node version
 * supported (an unknown flag would be a warning on stderr, not an error).
 */
export function keepYoungGenerationSmall(): void {
  kept = true;
  setFlags();
}

/**
 * Full collections kept close to what a cold read holds, for the rest of such a run: it keeps the
 * heads of the whole journal, and garbage that lived through two scavenges (each batch's texts,
 * its parsed rows) was collected once early and then hardly, as V8 let the old space grow by its
 * default factor. Measured on cold summaries: 10,000 entries 108 MB instead of 118, 40,000 entries
 * 158 instead of 168, in the same time. Not for a warm read: it gave nothing there and cost time
 * at 40,000 entries. V8 reads the percentage each time it sets the next limit.
 *
 * V8's heap is also sized for memory rather than speed from here on, in this thread and in the
 * parse workers started after it: a cold summary of 10,000 entries then peaked at 95 MB instead of
 * 102 (medians of 5 alternating runs), some 3% slower. Given before the workers start, so that
 * their heaps are made so; a warm read never gets here. Not when the files are `sealed`: opening
 * age files makes buffers that this setting collects at great cost, and a cold summary of 3,000
 * encrypted entries took a quarter longer with it.
 */
export function collectOftenWhileParsing(sealed: boolean): void {
  if (!kept) return;
  v8.setFlagsFromString("--heap-growing-percent=30");
  if (!sealed) v8.setFlagsFromString("--optimize-for-size");
}

/**
 * The flags again once `worker` runs: starting a thread's heap puts the process-wide growth factor
 * back to V8's own (measured: after a worker starts, this thread's young space grows to 16 MB
 * again; a cold summary of 10,000 entries peaked some 20 MB higher for it).
 */
export function keepYoungGenerationSmallPast(worker: Worker): void {
  if (kept) worker.once("online", setFlags);
}
