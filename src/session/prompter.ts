import type { MenuEntry } from "../exercises/menus.js";
import type { AnswerValue, Step } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";

/** Everything an adapter needs to ask one step, already resolved to the run's language. */
export interface StepView {
  step: Step;
  question: string;
  hint?: string;
  /** For a rotating step: which question of the pool this is. */
  variant?: string;
  /** 1-based position among the steps of the exercise, for "3/12". */
  index: number;
  total: number;
  lang: Lang;
  /** The linked prep's answer to the step named in `showPrep`, ready to show. */
  expected?: string;
  /** The menu of an `emotions` or `needs` step. */
  menu?: readonly MenuEntry[];
}

/**
 * The one interface through which a session asks its questions. The engine knows nothing about
 * terminals or files: an adapter turns a step into an answer, or `undefined` for no answer.
 */
export interface Prompter {
  ask(view: StepView): Promise<unknown>;
}

export type { AnswerValue };
