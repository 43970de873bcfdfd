import type { Depth, Exercise, Step } from "./schema.js";

type RatingStep = Extract<Step, { type: "rating" }>;
type FormStep = Pick<Step, "id" | "when" | "form"> & { type: string; focus?: unknown };

/** The listening skills an exercise practises one at a time in its quick form. */
export function focusSteps(exercise: Exercise): RatingStep[] {
  return exercise.steps.filter((s): s is RatingStep => s.type === "rating" && s.focus !== undefined);
}

const isFocus = (s: FormStep) => s.type === "rating" && s.focus !== undefined;
const inQuick = (s: FormStep) => isFocus(s) || s.form === "both" || s.form === "quick";
const inFull = (s: FormStep) => s.form !== "quick";

/** Whether the exercise says what its quick form asks; one that does not runs whole in both forms. */
export function hasQuickForm(steps: readonly FormStep[]): boolean {
  return steps.some(inQuick);
}

/**
 * The steps a run asks, in order: every step of the full form, or those of the quick form with
 * only the focus skill among the skills (the first skill when no focus is given). A follow-up of
 * a step the run does not ask (another skill's "how did that show?") is not asked either.
 */
export function stepsOfForm(exercise: Exercise, depth: Depth, focus?: string): Step[] {
  if (depth === "full" || !hasQuickForm(exercise.steps)) return exercise.steps.filter(inFull);
  const skills = focusSteps(exercise);
  const chosen = skills.some((s) => s.id === focus) ? focus : skills[0]?.id;
  const asked = exercise.steps.filter((s) => (isFocus(s) ? s.id === chosen : inQuick(s)));
  const ids = new Set(asked.map((s) => s.id));
  return asked.filter((s) => !(s.when && "step" in s.when && !ids.has(s.when.step)));
}

interface FormPlace {
  index: number;
  path: string[];
}

/** What is wrong, as the catalogue names it (see the schema's messages), and the step it concerns. */
export type FormProblem = FormPlace & ({ problem: "focusQuick" } | { problem: "quickNeeds" | "fullNeeds"; ref: string });

/**
 * A condition must look at a step its own form asks, or it could never hold as meant: a quick
 * step that depends on a full-only one, or a full step on a quick-only one, is a mistake.
 */
export function formProblems(steps: readonly FormStep[]): FormProblem[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const quick = hasQuickForm(steps);
  const problems: FormProblem[] = [];
  steps.forEach((s, index) => {
    if (s.form === "quick" && isFocus(s)) {
      problems.push({ index, path: ["form"], problem: "focusQuick" });
    }
    const ref = s.when && "step" in s.when ? byId.get(s.when.step) : undefined;
    if (!ref) return;
    const where = ["when", "step"];
    if (quick && inQuick(s) && !inQuick(ref))
      problems.push({ index, path: where, problem: "quickNeeds", ref: ref.id });
    if (inFull(s) && !inFull(ref))
      problems.push({ index, path: where, problem: "fullNeeds", ref: ref.id });
  });
  return problems;
}
