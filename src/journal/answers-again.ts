import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { Answer } from "./entry.js";
import { decodeBatch, parsedAnswers, type ParsedBatch, type ParsedFile } from "./parsed-file.js";
import type { OpenJob } from "./answers-again-worker.js";

/** Far more than reading a month's files takes; reached, the files are left without answers. */
const OPEN_WAIT_MS = 30_000;

/**
 * The answers of entries read again from their own files (`names` in `dir`), when the index's body
 * of their month is damaged: through the journal's own reader, with the checks and bounds of a
 * cold read, and `keys` for encrypted files. A file that no longer gives an entry has no answers
 * here. Blocking, as answers are asked for: the files are read in a thread of their own while
 * this one waits, as age opens files only asynchronously. That thread also keeps the reader and
 * its YAML parser out of a warm read, which loads neither; a damaged body is met once, the next
 * read writes its month anew.
 */
export function answersAgain(dir: string, names: readonly string[], keys: readonly string[] | undefined): Map<string, Answer[]> {
  const script = new URL("./answers-again-worker.js", import.meta.url);
  // Looked for first: a worker that cannot start would only say so once the wait below is over.
  if (!fs.existsSync(fileURLToPath(script))) return new Map();
  // Loaded here: a warm read, which meets no damaged body, never starts a thread.
  const { MessageChannel, receiveMessageOnPort, Worker } = process.getBuiltinModule("node:worker_threads");
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const job: OpenJob = { files: names.map((n) => dir + n), keys: [...(keys ?? [])], done, port: port2 };
  const worker = new Worker(script, { workerData: job, transferList: [port2] });
  let results: ParsedFile[] = [];
  try {
    // Bounded: a worker that fails says so on this thread's event loop, which is waiting.
    Atomics.wait(done, 0, 0, OPEN_WAIT_MS);
    const batch = receiveMessageOnPort(port1)?.message as ParsedBatch | undefined;
    if (batch) results = decodeBatch(batch);
  } finally {
    port1.close();
    void worker.terminate();
  }
  const out = new Map<string, Answer[]>();
  names.forEach((name, i) => {
    const r = results[i];
    if (r?.ok) out.set(name, parsedAnswers(r.answers));
  });
  return out;
}
