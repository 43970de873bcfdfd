import { workerData, type MessagePort } from "node:worker_threads";
import { mapLimit } from "../data/map-limit.js";
import { useLiteStreams } from "../crypto/lite-streams.js";
import { readEntryFile, type EntryFileResult } from "./read-entry-file.js";

/** What answers-again.ts asks: files to read (with `keys` when encrypted); `done` is set once `port` holds the results. */
export interface OpenJob {
  files: string[];
  keys: string[];
  done: Int32Array;
  port: MessagePort;
}

/** Files being read at once: age's key exchanges overlap, as in the parse worker. */
const OPEN_AT_ONCE = 8;

// This thread only reads files, as the parse workers do: the age library's streams are the light ones.
useLiteStreams();

const { files, keys, done, port } = workerData as OpenJob;
let results: EntryFileResult[] = [];
try {
  const decrypt = keys.length > 0 ? await (await import("../crypto/age.js")).decrypterFor(keys) : undefined;
  results = await mapLimit(files, OPEN_AT_ONCE, (file) => readEntryFile(file, decrypt));
} catch {
  results = []; // the files are then without answers, as when they cannot be read
} finally {
  port.postMessage(results);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
