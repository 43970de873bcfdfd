import { workerData, type MessagePort } from "node:worker_threads";
import { useLiteStreams } from "../crypto/lite-streams.js";
import { parseBatch } from "./parse-batch.js";
import type { ParsedBatch } from "./parsed-file.js";

/** What answers-again.ts asks: files to read (with `keys` when encrypted); `done` is set once `port` holds the batch. */
export interface OpenJob {
  files: string[];
  keys: string[];
  done: Int32Array;
  port: MessagePort;
}

// This thread only reads files, as the parse workers do: the age library's streams are the light ones.
useLiteStreams();

const { files, keys, done, port } = workerData as OpenJob;
let batch: ParsedBatch | undefined;
try {
  // Read as a cold read's batch is: the same reader, bounds and decryption.
  batch = await parseBatch(files, keys.length > 0 ? keys : undefined);
} catch {
  batch = undefined; // the files are then without answers, as when they cannot be read
} finally {
  port.postMessage(batch, batch ? [batch.answers.buffer] : []);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
