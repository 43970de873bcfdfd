import path from "node:path";
import { UserError } from "../../errors.js";
import { formatProblem } from "../../data/parse-yaml.js";
import { loadExercises, readExerciseFile } from "../../exercises/load.js";
import { t } from "../../i18n/index.js";
import { describeExercise, exerciseSteps, exerciseTable } from "../../render/exercise.js";
import type { Context } from "../context.js";
import { err, out, outJson } from "../output.js";
import type { ExercisesListOptions } from "../specs/exercises-list.js";
import type { ExercisesShowOptions } from "../specs/exercises-show.js";
import type { ExercisesValidateOptions } from "../specs/exercises-validate.js";

async function all(ctx: Context) {
  const { exercises, problems } = await loadExercises(ctx.folders.journal);
  if (problems.length > 0) err(ctx, t().exercises.problemsInOwn(problems.length));
  return exercises;
}

export async function list(ctx: Context, opts: ExercisesListOptions): Promise<void> {
  const exercises = await all(ctx);
  if (opts.json) {
    outJson(ctx, 
      exercises.map(({ exercise: e, builtin, file }) => ({
        id: e.id,
        version: e.version,
        phase: e.phase,
        title: e.title[ctx.lang],
        steps: e.steps.length,
        builtin,
        file,
      })),
    );
    return;
  }
  out(ctx, exerciseTable(exercises, ctx.lang));
}

export async function show(ctx: Context, opts: ExercisesShowOptions): Promise<void> {
  const { id } = opts;
  const found = (await all(ctx)).find((e) => e.exercise.id === id);
  if (!found) throw new UserError(t().errors.noExercise(id));
  if (opts.json) outJson(ctx, { id, version: found.exercise.version, phase: found.exercise.phase, steps: exerciseSteps(found.exercise, ctx.lang) });
  else out(ctx, describeExercise(found.exercise, ctx.lang));
}

export async function validate(ctx: Context, { file: files }: ExercisesValidateOptions): Promise<void> {
  let bad = 0;
  for (const given of files) {
    const file = path.resolve(ctx.cwd, given);
    const shown = path.relative(ctx.cwd, file) || file;
    const r = await readExerciseFile(file);
    if (r.ok) out(ctx, t().exercises.valid(shown));
    else {
      bad++;
      for (const p of r.problems) err(ctx, formatProblem({ ...p, file: shown }));
    }
  }
  if (bad > 0) throw new UserError(t().exercises.invalidCount(bad));
}
