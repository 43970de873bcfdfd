import fs from "node:fs/promises";
import { ensurePrivateDir } from "../data/atomic-write.js";
import { parseMoment } from "../dates.js";
import { Interrupted, UsageError, UserError } from "../errors.js";
import { loadExercises, loadMenus, pickExercise, type Menus } from "../exercises/load.js";
import type { Phase } from "../exercises/phases.js";
import type { AnswerValue, Depth, Exercise } from "../exercises/schema.js";
import { setLang, t } from "../i18n/index.js";
import type { Entry } from "../journal/entry.js";
import { optionWord, STEP } from "../exercises/conventions.js";
import { focusSteps } from "../exercises/forms.js";
import { FlowHistory } from "./flow-history.js";
import { normalTag, TAG } from "../journal/tags.js";
import { readAnswersFile, AnswersFilePrompter, type AnswersFile } from "../session/answers-file.js";
import { describeDraft, listDrafts, loadDraft, type Draft, type KeptDraft } from "../session/drafts.js";
import { runFlow } from "../session/flow.js";
import type { Prompter } from "../session/prompter.js";
import type { FlowQuestions } from "./interactive.js";
import type { Context } from "./context.js";
import type { FLOW, OptionsOf } from "./command-spec.js";
import { err, out } from "./output.js";
import { safeLine, wrap } from "../data/safe-text.js";
import { style } from "../render/style.js";
import { resumeCommand } from "./shell-words.js";
import { lineWidth } from "./runtime.js";

/** The options every flow takes (read off `FLOW`), and those only some flows offer. */
export type FlowOptions = OptionsOf<typeof FLOW> & { customer?: string; prep?: string; channel?: string };

/** What a flow needs before its questions: the customer, the prep it follows, things to show first. */
export interface FlowSetup {
  customer?: string;
  linkedPrep?: Entry;
  prepExercise?: Exercise;
  /** The earlier entry a `recall` step looks back on. */
  previous?: Entry;
  /** The listening skill practised (a step id of the debrief). */
  focus?: string;
}

export interface FlowSpec {
  kind: Phase;
  /** Decides customer and link; may ask (interactive) or read them from the options or answers file. */
  setup(args: FlowArgs): Promise<FlowSetup>;
  /** Lines printed after the entry is saved (next step, streak, …); `history` as before the save. */
  after(args: FlowArgs & { entry: Entry }): string[] | Promise<string[]>;
}

export interface FlowArgs {
  ctx: Context;
  opts: FlowOptions;
  /** What the journal holds: a digest at once, the few entries a flow names on request. */
  history: FlowHistory;
  file?: AnswersFile;
  draft?: Draft;
  /** The form this run asks: `--full`, `--quick`, the config's `depth`, or a resumed draft's. */
  depth: Depth;
  menus: Menus;
  /** The exercise this run asks, and every exercise known. */
  exercise: Exercise;
  exercises: Exercise[];
  /** Interactive prompts beyond the exercise's steps; absent when answers come from a file. */
  ui?: FlowQuestions;
  at: Date;
}

export function parseAt(value: string | undefined, now: Date): Date {
  if (value === undefined) return now;
  const at = parseMoment(value);
  if (!at) throw new UsageError(t().flow.badAt(value));
  if (at.getTime() > now.getTime() + 60_000) throw new UsageError(t().flow.futureAt(value));
  return at;
}

/** `--tag a --tag b,c` as the entry keeps them: lower case, without a leading #, each once. */
export function parseTags(given: readonly string[]): string[] {
  const tags = given.flatMap((g) => g.split(",")).map(normalTag).filter(Boolean);
  const bad = tags.find((tag) => !TAG.test(tag));
  if (bad !== undefined) throw new UsageError(t().errors.badTag(bad));
  return [...new Set(tags)];
}

/**
 * `--channel` as the answer to the exercise's channel step: the values are that step's own
 * choices, so the flag and the question can never offer different channels.
 */
function parseChannel(value: string, exercise: Exercise): Map<string, AnswerValue> {
  const step = exercise.steps.find((s) => s.id === STEP.channel);
  if (step?.type !== "choice") throw new UsageError(t().flow.noChannel(exercise.id));
  const option = step.options.find((o) => optionWord(o.id) === optionWord(value.trim().toLowerCase()));
  if (!option) throw new UsageError(t().flow.badChannel(value, step.options.map((o) => optionWord(o.id)).join(", ")));
  return new Map([[step.id, option.id]]);
}

/** Calm exit codes for a stopped flow: Ctrl-C 130, a closed terminal 129, SIGTERM 143, Ctrl-D (input ended) 1. */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGHUP: 129, SIGTERM: 143, EOF: 1 };

/**
 * Runs a guided flow as a command: answers from a file or from the terminal (never a hang without
 * either), drafts resumed or dropped, the entry saved, and what to do next printed.
 */
export async function runFlowCommand(ctx: Context, opts: FlowOptions, spec: FlowSpec): Promise<void> {
  const m = t().flow;
  const at = parseAt(opts.at, ctx.now);
  const tags = opts.tag && parseTags(opts.tag);
  // An option that cannot be right is said first: the terminal would not make it right.
  if (opts.customer?.trim() === "") throw new UsageError(m.emptyCustomer);
  if (!opts.answers && !ctx.interactive) throw new UserError(m.needTerminal(spec.kind));
  const file = opts.answers ? await readAnswersFile(opts.answers, ctx) : undefined;
  const loading = loadExercises(ctx.folders.journal);
  const [{ exercises: loaded }, menus, history] = await Promise.all([loading, loadMenus(), FlowHistory.open(ctx, loading.then((l) => prepFocusSkills(l.exercises.map((x) => x.exercise))))]);
  const exercises = loaded.map((l) => l.exercise);
  const exercise = pickExercise(loaded, spec.kind, opts.exercise);
  const given = opts.channel === undefined ? undefined : parseChannel(opts.channel, exercise);
  // Before the first question: answers that cannot be kept should not be asked for.
  await ensureWritable(ctx.folders.journal);

  const controller = new AbortController();
  let signal = "SIGINT";
  const onSignal = (name: string) => () => {
    signal = name;
    controller.abort();
  };
  // Ctrl-D at a question closes the prompt's input without an answer: nothing is left to wait for,
  // and Node would end the run quietly with 0. Just before, the flow is stopped as by Ctrl-C.
  const stops = [...(["SIGTERM", "SIGHUP"] as const).map((name) => [name, onSignal(name)] as const), ["beforeExit", onSignal("EOF")] as const];
  const unlisten: (() => void)[] = [];
  let ui: FlowQuestions | undefined;
  let prompter: Prompter | undefined;
  if (!file) {
    const prompts = await ctx.prompts(controller.signal);
    // A long answer's scratch copy lives outside the journal, where it is not synced (see scratch.ts).
    prompter = prompts.steps(ctx.folders.cache);
    ui = prompts.questions;
    // Listening, not listening once: the prompt library re-raises a signal when no other listener is left.
    for (const [name, h] of stops) unlisten.push(ctx.onSignal(name, h));
  }
  let customer: string | undefined;
  try {
    const kept = file ? undefined : await resumeOrDrop(ctx, spec.kind, opts, ui!);
    const draft = kept?.draft;
    // Said on the command line, it counts; else the draft goes on as it began, or the config decides.
    const depth: Depth = opts.full ? "full" : opts.quick ? "quick" : (draft?.depth ?? ctx.config.depth ?? "quick");
    // A resumed flow goes on in the language its questions were asked in, messages and all.
    const lang = draft?.lang ?? ctx.lang;
    if (lang !== ctx.lang) setLang(lang);
    const args: FlowArgs = { ctx: { ...ctx, lang }, opts, history, menus, exercise, exercises, at, depth, ...(file && { file }), ...(draft && { draft }), ...(ui && { ui }) };
    const setup = await spec.setup(args);
    customer = setup.customer;
    if (ui) out(ctx, `\n${style.bold(exercise.title[lang])}\n${style.dim(wrap(exercise.intro[lang].trim(), lineWidth(ctx)))}`);
    const saved = await runFlow({
      journal: ctx.folders.journal,
      exercise,
      lang,
      menus,
      prompter: prompter ?? new AnswersFilePrompter(file!, exercise),
      at: draft ? new Date(draft.at) : at,
      keepDraft: !file,
      depth,
      actionIds: history.digest.actionIds,
      ...setup,
      ...(tags && { tags }),
      ...(given && { given }),
      ...(kept && { resumed: { answers: kept.draft.answers, skipped: kept.draft.skipped, file: kept.file } }),
    });
    out(ctx, `${ui ? "\n" : ""}${style.green("✓")} ${t().flow.saved(saved.path)}`);
    for (const line of await spec.after({ ...args, entry: saved.entry })) out(ctx, line);
    await history.saved(saved.entry, saved.path);
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === "ExitPromptError" || name === "AbortPromptError") {
      // Only promise a draft when one was kept: before the first answer there is nothing to resume.
      const kept = (await loadDraft(ctx.folders.journal, spec.kind, customer, draftKeys(ctx))).draft !== undefined;
      err(ctx, `\n${kept ? t().flow.interrupted(resumeCommand(spec.kind, customer)) : t().flow.interruptedEmpty}`);
      throw new Interrupted(SIGNAL_EXIT[signal] ?? 130);
    }
    throw e;
  } finally {
    for (const stop of unlisten) stop();
  }
}

/** The debrief exercise whose skills a prep plans to practise: the journal's first. */
export const prepDebrief = (exercises: readonly Exercise[]) => exercises.find((e) => e.phase === "debrief");

const prepFocusSkills = (exercises: readonly Exercise[]) => {
  const debrief = prepDebrief(exercises);
  return debrief ? focusSteps(debrief) : [];
};

/** The keys that open an encrypted draft: only an identity at hand without asking, as a flow never asks. */
const draftKeys = (ctx: Context) => async () => (await import("../crypto/keyring.js")).runDecrypter(ctx, { ask: false });

/**
 * The draft to go on with: for the customer given, or, without one, the only draft of the flow or
 * the one the user picks. `--resume` takes it without asking; otherwise the user may start anew.
 */
async function resumeOrDrop(ctx: Context, kind: Phase, opts: FlowOptions, ui: FlowQuestions): Promise<KeptDraft | undefined> {
  const m = t().flow;
  const { drafts, problems } = await listDrafts(ctx.folders.journal, kind, opts.customer, draftKeys(ctx));
  for (const problem of problems) err(ctx, m.draftUnreadable(problem));
  if (drafts.length === 0) {
    if (opts.resume) throw new UserError(m.noDraft(kind, opts.customer && safeLine(opts.customer)));
    return undefined;
  }
  if (opts.discardDraft) {
    for (const { file } of drafts) await fs.rm(file, { force: true });
    return undefined;
  }
  let chosen: KeptDraft | undefined;
  if (drafts.length === 1 && opts.resume) chosen = drafts[0];
  else if (drafts.length === 1) chosen = (await ui.yes(m.resumeQuestion(describeDraft(drafts[0]!.draft)))) ? drafts[0] : undefined;
  else {
    const choices = drafts.map((d) => ({ value: d as KeptDraft | undefined, name: describeDraft(d.draft) }));
    chosen = await ui.pick(m.whichDraft, opts.resume ? choices : [...choices, { value: undefined, name: style.dim(m.startNew) }]);
  }
  if (!chosen) {
    // Not thrown away yet: the new answers replace it as soon as there is one, so stopping before
    // that keeps it.
    return undefined;
  }
  out(ctx, style.dim(m.resuming(chosen.draft.answers.length)));
  return chosen;
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
