import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { flattenMenu } from "../exercises/menus.js";
import { answerText } from "../exercises/answer-text.js";
import type { Menus } from "../exercises/load.js";
import type { Condition, Exercise, Step } from "../exercises/schema.js";
import { daysBetween } from "../dates.js";
import type { Lang } from "../i18n/lang.js";
import type { Answer, AnswerValue, Entry } from "../journal/entry.js";
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
  /** Progress kept from an interrupted run: those steps are not asked again. */
  resumed?: Progress;
  /** Called after every step with the progress so far, so an interruption loses nothing. */
  onProgress?: (progress: Progress) => Promise<void>;
}

/** The answer a condition looks at, by step id. */
function holds(c: Condition, answers: Map<string, AnswerValue>, linked: boolean): boolean {
  if ("linked" in c) return linked;
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
 * How many steps a run may still ask after step `i`: those without a condition, those whose
 * condition holds on the answers so far, and those whose condition looks at an answer still to come.
 */
function stepsAhead(steps: readonly Step[], position: ReadonlyMap<string, number>, i: number, values: Map<string, AnswerValue>, linked: boolean): number {
  return steps.slice(i + 1).filter((s) => !s.when || ("step" in s.when && position.get(s.when.step)! >= i) || holds(s.when, values, linked)).length;
}

/** The rotating question of a day: the same day always gets the same one. */
export function rotationIndex(day: string, poolSize: number): number {
  return ((daysBetween("2000-01-03", day) % poolSize) + poolSize) % poolSize;
}

function viewOf(step: Step, index: number, total: number, opts: SessionOptions, prepSteps?: Step[]): StepView {
  const { lang } = opts;
  const view: StepView = { step, question: step.prompt[lang], index, total, lang };
  if (step.hint) view.hint = step.hint[lang];
  if (step.type === "rotating") {
    const q = step.pool[rotationIndex(opts.day, step.pool.length)]!;
    view.question = `${step.prompt[lang]} ${q.prompt[lang]}`;
    view.variant = q.id;
  }
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
  const linked = opts.linkedPrep !== undefined;
  const position = new Map(exercise.steps.map((s, k) => [s.id, k]));
  // Steps are numbered among those that apply, so a condition not met leaves no gap.
  let number = 0;
  for (const [i, step] of exercise.steps.entries()) {
    if (step.when && !holds(step.when, values, linked)) continue;
    number++;
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
    const view = viewOf(step, number, number + stepsAhead(exercise.steps, position, i, values, linked), opts, prepExercise?.steps);
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
