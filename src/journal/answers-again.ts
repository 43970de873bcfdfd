import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { isSealed } from "../crypto/sealed.js";
import { readEntryFileSync, type EntryFileResult } from "./read-entry-file.js";
import type { Answer } from "./entry.js";
import type { OpenJob } from "./answers-again-worker.js";

/**
 * The answers of entries read again from their own files (`names` in `dir`), when the index's body
 * of their month is damaged: through the journal's own reader, with the checks and bounds of a
 * cold read. Blocking, as answers are asked for: a damaged body is met once, the next read writes
 * its month anew. A file that no longer gives an entry has no answers here.
 */
export function answersAgain(dir: string, names: readonly string[], keys: readonly string[] | undefined): Map<string, Answer[]> {
  const sealed = names.filter(isSealed);
  const opened = sealed.length > 0 && keys?.length ? openBlocking({ files: sealed.map((n) => dir + n), keys: [...keys] }) : [];
  const out = new Map<string, Answer[]>();
  const keep = (name: string, r: EntryFileResult | undefined) => r?.ok && out.set(name, r.entry.entry.answers);
  sealed.forEach((name, i) => keep(name, opened[i]));
  for (const name of names) if (!isSealed(name)) keep(name, readEntryFileSync(dir + name));
  return out;
}

/** Far more than opening a month's files takes; reached, the files are left without answers. */
const OPEN_WAIT_MS = 30_000;

/**
 * Encrypted files, opened in a thread of their own while this one waits: age opens files only
 * asynchronously, and an entry's answers are read synchronously.
 */
function openBlocking(job: Omit<OpenJob, "done" | "port">): EntryFileResult[] {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL("./answers-again-worker.js", import.meta.url), { workerData: { ...job, done, port: port2 } satisfies OpenJob, transferList: [port2] });
  try {
    // Bounded: a worker that fails to start says so on this thread's event loop, which is waiting.
    Atomics.wait(done, 0, 0, OPEN_WAIT_MS);
    return (receiveMessageOnPort(port1)?.message as EntryFileResult[] | undefined) ?? [];
  } finally {
    port1.close();
    void worker.terminate();
  }
}
