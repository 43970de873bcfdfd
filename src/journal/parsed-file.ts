import { headOf, type EntryHead, type Steps } from "./index-store.js";
import { packAnswers, questionTable, unpackAnswers, type AnswerTuple } from "./answer-tuples.js";
import type { Answer } from "./entry.js";
import type { EntryFileResult } from "./read-entry-file.js";
import type { InvalidFile } from "../data/invalid-file.js";

/**
 * A batch of parsed files as a parse thread hands it on: the heads (and why the other files cannot
 * be used) as one JSON text, and every entry's answers as one compressed JSON text. A read holds
 * the heads of the whole journal but looks at the answers of a few weeks: kept as text, ten
 * thousand entries' answers were a quarter of a cold read's memory, compressed a tenth of that.
 * JSON.parse makes compact heads (their short strings shared, their keys in the objects), where
 * objects copied between threads one key at a time took twice the room.
 */
export interface ParsedBatch {
  /** Per file, `[head, steps]` or `[null, invalid]`. */
  results: string;
  /** Deflated JSON of `BatchAnswers`, in a buffer of its own (handed over, not copied). */
  answers: Uint8Array<ArrayBuffer>;
}

/** The answers of a batch, by each file's place in it; the questions named once for all of them. */
interface BatchAnswers {
  questions: string[];
  answers: (AnswerTuple[] | null)[];
}

/** A parsed file, its answers still in its batch's compressed text. */
export type ParsedFile = { ok: true; head: EntryHead; steps: Steps; answers: PackedAnswers } | { ok: false; invalid: InvalidFile };

/** Where a parsed file's answers are: the batch's text, and the file's place in it. */
export interface PackedAnswers {
  batch: Uint8Array;
  at: number;
}

/** zlib, loaded when a batch is packed or opened: a warm read, which parses nothing, never needs it. */
const zlib = () => process.getBuiltinModule("node:zlib");

/** Compresses fast: the texts are small and read at most once, and the parse threads are the cold read's cost. */
const LEVEL = 1;

/**
 * Gathers a batch file by file, each entry kept only as text: a batch's entries held as objects
 * until its end lived through collections and were copied into the older generation, the bulk of
 * a parse thread's heap.
 */
export function batchEncoder(): { add: (r: EntryFileResult) => void; done: () => ParsedBatch } {
  const table = questionTable();
  const results: string[] = [];
  const answers: string[] = [];
  return {
    add(r) {
      if (r.ok) {
        const { head, steps } = headOf(r.entry.entry);
        results.push(JSON.stringify([head, steps]));
        answers.push(JSON.stringify(packAnswers(r.entry.entry.answers, table)));
      } else {
        results.push(JSON.stringify([null, r.invalid]));
        answers.push("null");
      }
    },
    done() {
      const text = `{"questions":${JSON.stringify(table.texts)},"answers":[${answers.join(",")}]}`;
      // Copied to a buffer of its own and its exact size: it is handed to the reading thread
      // whole, where zlib's may be a slice of a larger or shared one.
      return { results: `[${results.join(",")}]`, answers: new Uint8Array(zlib().deflateRawSync(text, { level: LEVEL })) };
    },
  };
}

export function decodeBatch(batch: ParsedBatch): ParsedFile[] {
  const rows = JSON.parse(batch.results) as ([EntryHead, Steps] | [null, InvalidFile])[];
  return rows.map((row, at) => (row[0] ? { ok: true, head: row[0], steps: row[1], answers: { batch: batch.answers, at } } : { ok: false, invalid: row[1] }));
}

/**
 * The batch opened last: entries' answers are mostly asked for in the journal's order, batch after
 * batch, and keeping one open bounds what a read of all of them holds besides the answers themselves.
 */
let opened: { batch: Uint8Array; answers: BatchAnswers } | undefined;

/** The answers of a parsed file, as the entry held them. */
export function parsedAnswers({ batch, at }: PackedAnswers): Answer[] {
  if (opened?.batch !== batch) opened = { batch, answers: JSON.parse(zlib().inflateRawSync(batch).toString("utf8")) as BatchAnswers };
  return unpackAnswers(opened.answers.answers[at]!, opened.answers.questions);
}
