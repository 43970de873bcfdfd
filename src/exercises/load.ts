import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FileRefused, readWhole, refusalReason } from "../data/read-whole.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import type { Problem } from "../data/parse-yaml.js";
import type { Phase } from "./phases.js";
import type { EmotionMenu, Exercise, NeedsMenu } from "./schema.js";

/** The package's own exercises: `exercises/` at the package root (beside `src/` and `dist/`). */
export const BUILTIN_DIR = fileURLToPath(new URL("../../exercises/", import.meta.url));
/**
 * The same content checked and compiled to JSON by the build (`dist/content.json`): commands that
 * only read it then start without the YAML parser and the schemas.
 */
const COMPILED = fileURLToPath(new URL("../content.json", import.meta.url));

export interface LoadedExercise {
  exercise: Exercise;
  file: string;
  builtin: boolean;
}

export interface Menus {
  emotions: EmotionMenu;
  needs: NeedsMenu;
}

export interface BuiltinContent {
  exercises: LoadedExercise[];
  menus: Menus;
}

export type ExerciseFileResult = { ok: true; exercise: Exercise } | { ok: false; problems: Problem[] };

export async function readExerciseFile(file: string): Promise<ExerciseFileResult> {
  let text: string;
  try {
    text = await readWhole(file);
  } catch (e) {
    const message = e instanceof FileRefused ? refusalReason(e) : t().reasons.unreadable((e as NodeJS.ErrnoException).code ?? "error");
    return { ok: false, problems: [{ file, message }] };
  }
  const [{ parseYaml }, { Exercise }] = await Promise.all([import("../data/parse-yaml.js"), import("./schema.js")]);
  const parsed = parseYaml(text, Exercise, file);
  return parsed.ok ? { ok: true, exercise: parsed.value } : parsed;
}

async function yamlFiles(dir: string): Promise<string[]> {
  try {
    const items = await fs.readdir(dir, { withFileTypes: true });
    return items
      .filter((i) => i.isFile() && /\.ya?ml$/.test(i.name) && !i.name.startsWith("."))
      .map((i) => path.join(dir, i.name))
      .sort();
  } catch (e) {
    // No folder, or a file where the folder would be: no own exercises.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw e;
  }
}

/** Reads and checks the built-in exercises and menus from their YAML sources; a broken one is a bug. */
export async function readBuiltinSources(): Promise<BuiltinContent> {
  const [{ formatProblem, parseYaml }, { EmotionMenu, NeedsMenu }] = await Promise.all([import("../data/parse-yaml.js"), import("./schema.js")]);
  const exercises: LoadedExercise[] = [];
  for (const file of await yamlFiles(BUILTIN_DIR)) {
    const r = await readExerciseFile(file);
    if (!r.ok) throw new Error(`built-in exercise is invalid: ${r.problems.map(formatProblem).join("; ")}`);
    exercises.push({ exercise: r.exercise, file: path.relative(BUILTIN_DIR, file), builtin: true });
  }
  const menu = async <T>(name: string, schema: typeof EmotionMenu | typeof NeedsMenu): Promise<T> => {
    const file = path.join(BUILTIN_DIR, "menus", name);
    const r = parseYaml(await fs.readFile(file, "utf8"), schema, file);
    if (!r.ok) throw new Error(`built-in menu is invalid: ${r.problems.map(formatProblem).join("; ")}`);
    return r.value as T;
  };
  return { exercises, menus: { emotions: await menu<EmotionMenu>("emotions.yaml", EmotionMenu), needs: await menu<NeedsMenu>("needs.yaml", NeedsMenu) } };
}

let builtins: Promise<BuiltinContent> | undefined;

/** The built-in content: compiled when the package is built, read from the sources otherwise (in development). */
function builtinContent(): Promise<BuiltinContent> {
  builtins ??= fs
    .readFile(COMPILED, "utf8")
    .then((text) => JSON.parse(text) as BuiltinContent)
    .catch(() => readBuiltinSources())
    .then((c) => ({ ...c, exercises: c.exercises.map((e) => ({ ...e, file: path.join(BUILTIN_DIR, e.file) })) }));
  return builtins;
}

/**
 * The built-in exercises and the user's own (`<journal>/exercises/*.yaml`). A broken user file is
 * returned as problems, so one bad file does not take the others down.
 */
export async function loadExercises(journal?: string): Promise<{ exercises: LoadedExercise[]; problems: Problem[] }> {
  const exercises = [...(await builtinContent()).exercises];
  const problems: Problem[] = [];
  if (journal) {
    for (const file of await yamlFiles(path.join(journal, "exercises"))) {
      const r = await readExerciseFile(file);
      if (!r.ok) problems.push(...r.problems);
      else if (exercises.some((e) => e.exercise.id === r.exercise.id))
        problems.push({ file, field: "id", message: `"${r.exercise.id}" is already taken by another exercise; choose another id` });
      else exercises.push({ exercise: r.exercise, file, builtin: false });
    }
  }
  return { exercises, problems };
}

/** The exercise a flow runs: the one named, or the built-in one of that phase. */
export function pickExercise(all: LoadedExercise[], phase: Phase, id?: string): Exercise {
  const found = id ? all.find((e) => e.exercise.id === id) : all.find((e) => e.builtin && e.exercise.phase === phase);
  if (!found) throw new UserError(id ? t().errors.noExercise(id) : t().errors.noPhaseExercise(phase));
  if (found.exercise.phase !== phase) throw new UserError(t().errors.wrongPhase(found.exercise.id, found.exercise.phase, phase));
  return found.exercise;
}

export async function loadMenus(): Promise<Menus> {
  return (await builtinContent()).menus;
}
