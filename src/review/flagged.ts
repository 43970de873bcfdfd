import { dayOf } from "../dates.js";
import { COACH_FLAG, STEP } from "../exercises/conventions.js";
import type { Answer, Entry } from "../journal/entry.js";

/** One answer of a flagged call, under the question as it was asked (own exercises included). */
export interface FlaggedAnswer {
  step: string;
  question: string;
  text: string;
}

export interface FlaggedCall {
  entry: string;
  day: string;
  kind: Entry["kind"];
  customer: string | null;
  /** What the coach reads before the conversation: wanted, observed, the difficult moment, why. */
  answers: FlaggedAnswer[];
}

/** An answer as text for people (menu picks and options by their labels). */
export type DescribeAnswer = (a: Answer) => string;

/** The steps whose answers tell a coach what a flagged call was about, in the order they are read. */
const CONTENT = [STEP.wanted, STEP.observedEmotions, STEP.observedNeeds, STEP.difficultMoment, STEP.discussWhy] as const;

const plainAnswer: DescribeAnswer = (a) => (Array.isArray(a.answer) ? a.answer.join(", ") : String(a.answer));

/** The calls of `entries` flagged for the coach, newest first, each with what was answered. */
export function flaggedCalls(entries: readonly Entry[], describe: DescribeAnswer = plainAnswer): FlaggedCall[] {
  return entries
    .filter((e) => e.flags?.includes(COACH_FLAG))
    .reverse()
    .map((e) => ({
      entry: e.id,
      day: dayOf(e.createdAt),
      kind: e.kind,
      customer: e.customer ?? null,
      answers: CONTENT.flatMap((step) => {
        const a = e.answers.find((x) => x.step === step);
        const text = a ? describe(a).trim() : "";
        return a && text ? [{ step, question: a.question, text }] : [];
      }),
    }));
}
