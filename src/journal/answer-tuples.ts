import type { Answer } from "./entry.js";

/**
 * An answer with its question as a number in a table of question texts: the answers of a journal
 * ask the same few dozen questions again and again, and their texts were two fifths of the
 * answers' size.
 */
export type AnswerTuple = [step: string, type: string, question: number, answer: Answer["answer"], variant?: string];

/** Question texts in the order they were first met, and where each one is. */
export interface QuestionTable {
  texts: string[];
  at: Map<string, number>;
}

export const questionTable = (): QuestionTable => ({ texts: [], at: new Map() });

/** An entry's answers as tuples; questions not yet in `table` are added to it. */
export function packAnswers(list: readonly Answer[], table: QuestionTable): AnswerTuple[] {
  return list.map((a) => {
    let q = table.at.get(a.question);
    if (q === undefined) table.at.set(a.question, (q = table.texts.push(a.question) - 1));
    return a.variant === undefined ? [a.step, a.type, q, a.answer] : [a.step, a.type, q, a.answer, a.variant];
  });
}

/** Throws when a tuple names no question of the table: what was packed always does. */
export function unpackAnswers(tuples: readonly AnswerTuple[], questions: readonly string[]): Answer[] {
  return tuples.map(([step, type, q, answer, variant]) => {
    const question = Number.isInteger(q) ? questions[q] : undefined;
    if (typeof question !== "string") throw new Error(`no question ${String(q)} in the table`);
    return { step, type, question, ...(variant !== undefined && { variant }), answer };
  });
}
