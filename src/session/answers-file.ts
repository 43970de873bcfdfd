import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { en } from "../i18n/messages.js";
import { formatProblem, parseYaml } from "../data/parse-yaml.js";
import type { Exercise } from "../exercises/schema.js";
import type { Prompter, StepView } from "./prompter.js";

/** Keys of an answers file that are not steps. */
const RESERVED = ["customer", "prep"] as const;
const MAX_BYTES = 1024 * 1024;

const AnswersMap = z.record(z.string(), z.unknown(), { error: en.schema.custom.answersMap });

export interface AnswersFile {
  answers: Record<string, unknown>;
  customer?: string;
  prep?: string;
  /** How to name the file in messages. */
  source: string;
}

/** A stream's text, up to the size an answers file may have. */
async function readCapped(stream: AsyncIterable<unknown>, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new UserError(t().errors.tooLarge(name));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function readSource(file: string, io: AnswersSource): Promise<string> {
  if (file === "-") return readCapped(io.stdin, "stdin");
  let handle: fs.FileHandle | undefined;
  try {
    // Judged on what was opened, not on the path beforehand.
    handle = await fs.open(path.resolve(io.cwd, file), "r");
    const st = await handle.stat();
    // A pipe is fine too: `--answers <(make-answers)` in a shell.
    if (!st.isFile() && !st.isFIFO()) throw new UserError(t().errors.answersNotFile(file));
    if (st.size > MAX_BYTES) throw new UserError(t().errors.tooLarge(file));
    return await readCapped(handle.createReadStream({ autoClose: false }), file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(t().errors.unreadable(file, (e as NodeJS.ErrnoException).code ?? "error"));
  } finally {
    await handle?.close();
  }
}

/** Where `-` reads from, and the folder a relative name is taken from. */
export interface AnswersSource {
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

/** Reads `--answers FILE` (YAML or JSON; `-` is stdin). Nothing is checked against an exercise yet. */
export async function readAnswersFile(file: string, io: AnswersSource): Promise<AnswersFile> {
  const source = file === "-" ? "stdin" : file;
  const text = await readSource(file, io);
  if (text.trim() === "") throw new UserError(t().errors.answersEmpty(source));
  const parsed = parseYaml(text, AnswersMap, source);
  if (!parsed.ok) throw new UserError(formatProblem(parsed.problems[0]!));
  const answers = { ...parsed.value };
  const meta: Partial<Record<(typeof RESERVED)[number], string>> = {};
  for (const key of RESERVED) {
    const v = answers[key];
    delete answers[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string" || v.trim() === "") throw new UserError(t().errors.answersText(source, key));
    meta[key] = v.trim();
  }
  return { answers, source, ...meta };
}

/** Answers each step from the file; a key that is no step of the exercise is an error, before anything runs. */
export class AnswersFilePrompter implements Prompter {
  constructor(private readonly file: AnswersFile, exercise: Exercise) {
    const ids = new Set(exercise.steps.map((s) => s.id));
    const unknown = Object.keys(file.answers).filter((k) => !ids.has(k));
    if (unknown.length > 0) {
      throw new UserError(t().errors.unknownStep(file.source, unknown[0]!, exercise.id, [...ids].join(", ")));
    }
  }

  async ask(view: StepView): Promise<unknown> {
    return this.file.answers[view.step.id];
  }
}
