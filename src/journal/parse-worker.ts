import { parentPort } from "node:worker_threads";
import { loadLang, setLang } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { useLiteStreams } from "../crypto/lite-streams.js";
import { parseBatch } from "./parse-batch.js";

/**
 * Reads and checks batches of a journal's files off the main thread, one batch per message, for
 * as long as the pool keeps it: a coach's review reads journal after journal, and starting new
 * workers (and loading the parsers again) for each cost more than a small trainee's parsing.
 */
export interface ParseJob {
  id: number;
  files: string[];
  lang: Lang;
  keys?: string[];
}

// This thread only reads files: the age library's streams are its own light ones here.
useLiteStreams();

parentPort!.on("message", async ({ id, files, lang, keys }: ParseJob) => {
  await loadLang(lang);
  setLang(lang);
  const batch = await parseBatch(files, keys);
  // The compressed answers are handed over, not copied.
  parentPort!.postMessage({ id, batch }, [batch.answers.buffer]);
});
