import fs from "node:fs/promises";
import { ensurePrivateDir } from "../data/atomic-write.js";
import { parseMoment } from "../dates.js";
import { Interrupted, UserError } from "../errors.js";
import { loadExercises, loadMenus, pickExercise, type Menus } from "../exercises/load.js";
import type { Exercise, Phase } from "../exercises/schema.js";
import { t } from "../i18n/index.js";
import type { Entry, StoredEntry } from "../journal/entry.js";
import { readJournalReporting } from "./journal-input.js";
import { sameCustomer } from "../journal/queries.js";
import { readAnswersFile, AnswersFilePrompter, type AnswersFile } from "../session/answers-file.js";
import { draftsDir } from "../session/editor.js";
import { describeDraft, loadDraft, removeDraft, type Draft } from "../session/drafts.js";
import { runFlow } from "../session/flow.js";
import type { Prompter } from "../session/prompter.js";
import type { FlowQuestions } from "../session/interactive.js";
import type { Context } from "./context.js";
import { err, out } from "./output.js";
import { safeLine, wrap } from "../render/safe-text.js";
import { style } from "../render/style.js";

export interface FlowOptions {
  answers?: string;
  at?: string;
  resume?: boolean;
  discardDraft?: boolean;
  exercise?: string;
  customer?: string;
  prep?: string;
}

/** What a flow needs before its questions: the customer, the prep it follows, things to show first. */
export interface FlowSetup {
  customer?: string;
  linkedPrep?: Entry;
  prepExercise?: Exercise;
}

export interface FlowSpec {
  kind: Phase;
  /** Decides customer and link; may ask (interactive) or read them from the options or answers file. */
  setup(args: FlowArgs): Promise<FlowSetup>;
  /** Lines printed after the entry is saved (next step, streak, …). */
  after(args: FlowArgs & { entry: Entry }): string[];
}

export interface FlowArgs {
  ctx: Context;
  opts: FlowOptions;
  entries: StoredEntry[];
  file?: AnswersFile;
  draft?: Draft;
  menus: Menus;
  exercises: Exercise[];
  /** Interactive prompts beyond the exercise's steps; absent when answers come from a file. */
  ui?: FlowQuestions;
  at: Date;
}

export function parseAt(value: string | undefined, now: Date): Date {
  if (value === undefined) return now;
  const at = parseMoment(value);
  if (!at) throw new UserError(t().flow.badAt(value));
  if (at.getTime() > now.getTime() + 60_000) throw new UserError(t().flow.futureAt(value));
  return at;
}

/** Calm exit codes for a stopped flow: Ctrl-C 130, a closed terminal 129, SIGTERM 143. */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGHUP: 129, SIGTERM: 143 };

/**
 * Runs a guided flow as a command: answers from a file or from the terminal (never a hang without
 * either), drafts resumed or dropped, the entry saved, and what to do next printed.
 */
export async function runFlowCommand(ctx: Context, opts: FlowOptions, spec: FlowSpec): Promise<void> {
  const m = t().flow;
  const at = parseAt(opts.at, ctx.now);
  if (!opts.answers && !ctx.interactive) throw new UserError(m.needTerminal(spec.kind));
  const file = opts.answers ? await readAnswersFile(opts.answers) : undefined;
  const [{ exercises: loaded }, menus, journal] = await Promise.all([
    loadExercises(ctx.folders.journal),
    loadMenus(),
    // A flow never asks for a passphrase: without keys it goes on without the journal's history.
    readJournalReporting(ctx, { report: "count", askPassphrase: false }),
  ]);
  const exercises = loaded.map((l) => l.exercise);
  const exercise = pickExercise(loaded, spec.kind, opts.exercise);
  // Before the first question: answers that cannot be kept should not be asked for.
  await ensureWritable(ctx.folders.journal);

  const controller = new AbortController();
  let signal = "SIGINT";
  const onSignal = (name: string) => () => {
    signal = name;
    controller.abort();
  };
  const handlers = ["SIGTERM", "SIGHUP"].map((name) => [name, onSignal(name)] as const);
  let ui: FlowQuestions | undefined;
  let prompter: Prompter | undefined;
  if (!file) {
    const { InteractivePrompter, FlowQuestions } = await import("../session/interactive.js");
    prompter = new InteractivePrompter(draftsDir(ctx.folders.journal), { signal: controller.signal }, out);
    ui = new FlowQuestions({ signal: controller.signal });
    // `on`, not `once`: the prompt library re-raises a signal when no other listener is left.
    for (const [name, h] of handlers) process.on(name, h);
  }
  try {
    const draft = file ? undefined : await resumeOrDrop(ctx, spec.kind, opts, ui!);
    const args: FlowArgs = { ctx, opts, entries: journal.entries, menus, exercises, at, ...(file && { file }), ...(draft && { draft }), ...(ui && { ui }) };
    const setup = await spec.setup(args);
    const columns = Math.min(process.stdout.columns || 80, 80);
    if (ui) out(`\n${style.bold(exercise.title[ctx.lang])}\n${style.dim(wrap(exercise.intro[ctx.lang].trim(), columns))}`);
    const saved = await runFlow({
      journal: ctx.folders.journal,
      exercise,
      lang: draft?.lang ?? ctx.lang,
      menus,
      prompter: prompter ?? new AnswersFilePrompter(file!, exercise),
      at: draft ? new Date(draft.at) : at,
      keepDraft: !file,
      actionIds: new Set(journal.entries.flatMap((e) => e.entry.actions.map((a) => a.id))),
      ...setup,
      ...(draft && { resumed: { answers: draft.answers, skipped: draft.skipped } }),
    });
    out(`${ui ? "\n" : ""}${style.green("✓")} ${m.saved(saved.path)}`);
    for (const line of spec.after({ ...args, entry: saved.entry })) out(line);
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === "ExitPromptError" || name === "AbortPromptError") {
      // Only promise a draft when one was kept: before the first answer there is nothing to resume.
      const kept = (await loadDraft(ctx.folders.journal, spec.kind, draftKeys(ctx))).draft !== undefined;
      err(`\n${kept ? m.interrupted(spec.kind) : m.interruptedEmpty}`);
      throw new Interrupted(SIGNAL_EXIT[signal] ?? 130);
    }
    throw e;
  } finally {
    for (const [name, h] of handlers) process.removeListener(name, h);
  }
}

/** The keys that open an encrypted draft: only an identity at hand without asking, as a flow never asks. */
const draftKeys = (ctx: Context) => async () => (await import("../crypto/keyring.js")).runDecrypter(ctx, { ask: false });

async function resumeOrDrop(
  ctx: Context,
  kind: Phase,
  opts: FlowOptions,
  ui: FlowQuestions,
): Promise<Draft | undefined> {
  const m = t().flow;
  const { draft, problem } = await loadDraft(ctx.folders.journal, kind, draftKeys(ctx));
  if (problem) err(m.draftUnreadable(problem));
  if (!draft) {
    if (opts.resume) throw new UserError(m.noDraft(kind));
    return undefined;
  }
  if (opts.discardDraft) {
    await removeDraft(ctx.folders.journal, kind);
    return undefined;
  }
  // A draft's answers belong to its customer: resuming it for someone else would misfile them.
  if (draft.customer !== undefined && opts.customer !== undefined && !sameCustomer(draft.customer, opts.customer))
    throw new UserError(m.draftForOther(safeLine(draft.customer)));
  if (opts.resume || (await ui.yes(m.resumeQuestion(describeDraft(draft))))) {
    out(style.dim(m.resuming(draft.answers.length)));
    return draft;
  }
  // Not thrown away yet: the new answers replace it as soon as there is one, so stopping before
  // that keeps it.
  return undefined;
}

/** The journal folder exists (or is made) and may be written, or the user hears why not. */
async function ensureWritable(journal: string): Promise<void> {
  try {
    await ensurePrivateDir(journal);
    await fs.access(journal, fs.constants.W_OK);
  } catch (e) {
    throw new UserError(t().errors.refused(journal, (e as NodeJS.ErrnoException).code ?? "error"));
  }
}
