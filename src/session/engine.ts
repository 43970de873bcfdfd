import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { flattenMenu } from "../exercises/menus.js";
import { answerText } from "../exercises/answer-text.js";
import type { Menus } from "../exercises/load.js";
import { stepsOfForm } from "../exercises/forms.js";
import type { AnswerValue, Bilingual, Condition, Depth, Exercise, Step } from "../exercises/schema.js";
import { daysBetween } from "../dates.js";
import { safeLine } from "../data/safe-text.js";
import type { Lang } from "../i18n/lang.js";
import type { Answer, Entry } from "../journal/entry.js";
import type { Prompter, StepView } from "./prompter.js";
import { checkAnswer, expectedFor } from "./validate-answer.js";

/** Where a run stands: the answers given and the optional steps passed over. */
export interface Progress {
  answers: Answer[];
  skipped: string[];
}

export interface SessionOptions {
  lang: Lang;
  menus: Menus;
  /** The local day the entry is for; picks the rotating question. */
  day: string;
  /** The prep a debrief follows, if any. */
  linkedPrep?: Entry;
  /** The earlier entry of the same kind a `recall` step looks back on (yesterday's daily). */
  previous?: Entry;
  /** The quick form (the default) or every step. */
  depth?: Depth;
  /** The listening skill the quick form rates (a step id); see insights/focus. */
  focus?: string;
  /** Progress kept from an interrupted run: those steps are not asked again. */
  resumed?: Progress;
  /**
   * Answers given before the run (`--channel`), by step id: recorded as if asked, in either form
   * and whatever the step's link condition, since the user said them outright.
   */
  given?: ReadonlyMap<string, AnswerValue>;
  /** Called after every step with the progress so far, so an interruption loses nothing. */
  onProgress?: (progress: Progress) => Promise<void>;
}

/** What a `linked` condition can hold on. */
interface Links {
  prep: boolean;
  previous: boolean;
}

/** The answer a condition looks at, by step id. */
function holds(c: Condition, answers: Map<string, AnswerValue>, links: Links): boolean {
  if ("linked" in c) return links[c.linked];
  if ("unlinked" in c) return !links[c.unlinked];
  const v = answers.get(c.step);
  if (c.answered !== undefined && (v !== undefined) !== c.answered) return false;
  if (c.equals !== undefined && v !== c.equals) return false;
  if (c.in && !c.in.some((x) => x === v)) return false;
  if (c.includes !== undefined && !(Array.isArray(v) && v.includes(c.includes))) return false;
  if (c.atMost !== undefined && !(typeof v === "number" && v <= c.atMost)) return false;
  if (c.atLeast !== undefined && !(typeof v === "number" && v >= c.atLeast)) return false;
  return true;
}

/**
 * The steps a run may ask, known before the first question: all but those whose link to a prep or
 * a previous entry is missing. Numbered among these, the counter's total never changes during a
 * run: a follow-up left out is jumped over.
 */
function possibleSteps(steps: readonly Step[], links: Links): Step[] {
  return steps.filter((s) => !s.when || "step" in s.when || holds(s.when, new Map(), links));
}

/** The wording of a step for the answer its `adapt` looks at (this run's, or else the linked prep's). */
function adapted(step: Step, values: ReadonlyMap<string, AnswerValue>, opts: SessionOptions): { prompt?: Bilingual; hint?: Bilingual } {
  if (!step.adapt) return {};
  const own = values.get(step.adapt.step);
  const value = own ?? opts.linkedPrep?.answers.find((a) => a.step === step.adapt!.step)?.answer;
  return typeof value === "string" ? (step.adapt.answers[value] ?? {}) : {};
}

/** The rotating question of a day: the same day always gets the same one. */
export function rotationIndex(day: string, poolSize: number): number {
  return ((daysBetween("2000-01-03", day) % poolSize) + poolSize) % poolSize;
}

/** The previous entry's answer put before the question: "Yesterday you meant to: … Did you?" */
function recalled(step: Step, opts: SessionOptions): string | undefined {
  const prev = step.recall && opts.previous?.answers.find((a) => a.step === step.recall);
  if (!prev) return undefined;
  const text = safeLine(answerText(prev.answer, undefined, opts.menus, opts.lang));
  return t(opts.lang).session.recall(daysBetween(opts.previous!.createdAt.slice(0, 10), opts.day), text);
}

function viewOf(step: Step, index: number, total: number, opts: SessionOptions, values: ReadonlyMap<string, AnswerValue>, prepSteps?: Step[]): StepView {
  const { lang } = opts;
  const wording = adapted(step, values, opts);
  const view: StepView = { step, question: (wording.prompt ?? step.prompt)[lang], index, total, lang };
  const hint = wording.hint ?? step.hint;
  if (hint) view.hint = hint[lang];
  if (step.type === "rotating") {
    const q = step.pool[rotationIndex(opts.day, step.pool.length)]!;
    view.question = `${step.prompt[lang]} ${q.prompt[lang]}`;
    view.variant = q.id;
  }
  const recall = recalled(step, opts);
  if (recall) view.question = `${recall} ${view.question}`;
  if (step.type === "emotions" || step.type === "needs") view.menu = flattenMenu(opts.menus, step.type);
  if (step.showPrep && opts.linkedPrep) {
    const prev = opts.linkedPrep.answers.find((a) => a.step === step.showPrep);
    if (prev) view.expected = answerText(prev.answer, prepSteps?.find((s) => s.id === prev.step), opts.menus, lang);
  }
  return view;
}

/**
 * Runs an exercise's steps in order through a prompter, honouring optional steps and conditions,
 * and returns the answers with the questions as they were asked. An answer that does not fit its
 * step, or a required step left empty, stops the run with an error naming the step.
 */
export async function runSession(
  exercise: Exercise,
  prompter: Prompter,
  opts: SessionOptions,
  prepExercise?: Exercise,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  const skipped: string[] = [];
  const values = new Map<string, AnswerValue>();
  const resumed = new Map((opts.resumed?.answers ?? []).map((a) => [a.step, a]));
  const passed = new Set(opts.resumed?.skipped ?? []);
  const links: Links = { prep: opts.linkedPrep !== undefined, previous: opts.previous !== undefined };
  const given = opts.given ?? new Map<string, AnswerValue>();
  // Numbered without the steps answered beforehand: the counter counts only what is asked.
  const steps = possibleSteps(stepsOfForm(exercise, opts.depth ?? "quick", opts.focus), links).filter((s) => !given.has(s.id));
  const total = steps.length;
  for (const step of exercise.steps) {
    const value = given.get(step.id);
    if (value !== undefined) {
      answers.push({ step: step.id, type: step.type, question: viewOf(step, 0, total, opts, values).question, answer: value });
      values.set(step.id, value);
      continue;
    }
    const i = steps.indexOf(step);
    if (i < 0 || (step.when && !holds(step.when, values, links))) continue;
    const kept = resumed.get(step.id);
    if (kept) {
      answers.push(kept);
      values.set(step.id, kept.answer);
      continue;
    }
    if (passed.has(step.id) && step.optional) {
      skipped.push(step.id);
      continue;
    }
    const view = viewOf(step, i + 1, total, opts, values, prepExercise?.steps);
    const checked = checkAnswer(step, await prompter.ask(view), view.menu);
    if (!checked.ok) throw new UserError(t().errors.stepExpected(step.id, checked.expected));
    if (checked.value === undefined) {
      if (!step.optional) throw new UserError(t().errors.stepRequired(step.id, expectedFor(step)));
      skipped.push(step.id);
      await opts.onProgress?.({ answers, skipped });
      continue;
    }
    const answer: Answer = { step: step.id, type: step.type, question: view.question, answer: checked.value };
    if (view.variant) answer.variant = view.variant;
    answers.push(answer);
    values.set(step.id, checked.value);
    await opts.onProgress?.({ answers, skipped });
  }
  return answers;
}
