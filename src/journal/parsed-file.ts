import { headOf, type EntryHead, type Steps } from "./index-store.js";
import { packAnswers, unpackAnswers, type AnswerTuple, type QuestionTable } from "./answer-tuples.js";
import type { Answer } from "./entry.js";
import type { EntryFileResult } from "./read-entry-file.js";
import type { InvalidFile } from "../data/invalid-file.js";

/**
 * A file as a cold read hands it on: the entry's head, and its answers still as JSON text, parsed
 * only when an entry's answers are first asked for. Ten thousand entries as objects, answers and
 * all, made most of a cold read's memory and of its copying between threads; a string is copied
 * in one piece and takes far less room. The answers name their questions by number in
 * `questions`, one table for all the files of a batch: sent in one message, it arrives as one
 * array, and the texts are kept once per batch rather than once per answer.
 */
export type ParsedFile = { ok: true; head: EntryHead; steps: Steps; answers: string; questions: string[] } | { ok: false; invalid: InvalidFile };

export function compactResult(r: EntryFileResult, questions: QuestionTable): ParsedFile {
  return r.ok ? { ok: true, ...headOf(r.entry.entry), answers: JSON.stringify(packAnswers(r.entry.entry.answers, questions)), questions: questions.texts } : r;
}

/** What of a parsed file gives its answers. */
export type ParsedAnswers = { answers: string; questions: readonly string[] };

/** The answers of a parsed file, as the entry held them. */
export const parsedAnswers = (p: ParsedAnswers): Answer[] => unpackAnswers(JSON.parse(p.answers) as AnswerTuple[], p.questions);
