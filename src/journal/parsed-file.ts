import { headOf, type EntryHead, type Steps } from "./index-store.js";
import type { EntryFileResult } from "./read-entry-file.js";
import type { InvalidFile } from "../data/invalid-file.js";

/**
 * A file as a cold read hands it on: the entry's head, and its answers still as JSON text, parsed
 * only when an entry's answers are first asked for. Ten thousand entries as objects, answers and
 * all, made most of a cold read's memory and of its copying between threads; a string is copied
 * in one piece and takes far less room.
 */
export type ParsedFile = { ok: true; head: EntryHead; steps: Steps; answers: string } | { ok: false; invalid: InvalidFile };

export function compactResult(r: EntryFileResult): ParsedFile {
  return r.ok ? { ok: true, ...headOf(r.entry.entry), answers: JSON.stringify(r.entry.entry.answers) } : r;
}
