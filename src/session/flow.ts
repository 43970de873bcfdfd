import { localDay, localIso } from "../dates.js";
import { COACH_FLAG, STEP } from "../exercises/conventions.js";
import type { Menus } from "../exercises/load.js";
import fs from "node:fs/promises";
import type { AnswerValue, Depth, Exercise } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import type { Action, Answer, Entry } from "../journal/entry.js";
import { newActionId, saveEntry } from "../journal/write.js";
import { parseAction } from "./action-text.js";
import { draftFile } from "../journal/draft-files.js";
import { removeDraft, saveDraft } from "./drafts.js";
import { runSession, type Progress } from "./engine.js";
import type { Prompter } from "./prompter.js";

export interface FlowInput {
  journal: string;
  exercise: Exercise;
  lang: Lang;
  menus: Menus;
  prompter: Prompter;
  /** The moment the entry is for: now, or `--at`. */
  at: Date;
  customer?: string;
  linkedPrep?: Entry;
  prepExercise?: Exercise;
  /** The earlier entry of the same kind a `recall` step looks back on. */
  previous?: Entry;
  depth: Depth;
  /** The listening skill practised, saved on the entry (see insights/focus). */
  focus?: string;
  /** Progress kept from an interrupted run of this flow, and the draft file it was read from. */
  resumed?: Progress & { file: string };
  /** Keep every answer as a draft while the flow runs (interactive use). */
  keepDraft: boolean;
  /** Action ids already in the journal: a new action never reuses one. */
  actionIds: ReadonlySet<string>;
  tags?: string[];
  /** Answers said on the command line (`--channel`), by step id: recorded, not asked. */
  given?: ReadonlyMap<string, AnswerValue>;
}

function actionsFrom(answers: Answer[], taken: Set<string>): Action[] {
  const list = answers.find((a) => a.step === STEP.actions && Array.isArray(a.answer));
  return ((list?.answer as string[] | undefined) ?? []).map((text) => {
    const id = newActionId(taken);
    taken.add(id);
    return { id, ...parseAction(text), done: false };
  });
}

/**
 * One guided flow from first question to saved entry: runs the exercise, keeps a draft after
 * every answer when asked to, turns the answers into an entry and saves it, then drops the draft.
 */
export async function runFlow(input: FlowInput): Promise<{ entry: Entry; path: string }> {
  const { exercise, journal } = input;
  const ownDraft = draftFile(journal, exercise.phase, input.customer);
  // A draft resumed from another file (one from before drafts were kept per customer) is replaced.
  const oldDraft = input.resumed && input.resumed.file !== ownDraft ? input.resumed.file : undefined;
  const answers = await runSession(
    exercise,
    input.prompter,
    {
      lang: input.lang,
      menus: input.menus,
      day: localDay(input.at),
      depth: input.depth,
      ...(input.focus && { focus: input.focus }),
      ...(input.linkedPrep && { linkedPrep: input.linkedPrep }),
      ...(input.previous && { previous: input.previous }),
      ...(input.resumed && { resumed: input.resumed }),
      ...(input.given && { given: input.given }),
      ...(input.keepDraft && {
        onProgress: async (progress: Progress) => {
          await saveDraft(journal, {
            kind: exercise.phase,
            lang: input.lang,
            exercise: { id: exercise.id, version: exercise.version },
            ...(input.customer && { customer: input.customer }),
            ...(input.linkedPrep && { prep: input.linkedPrep.id }),
            depth: input.depth,
            ...(input.focus && { focus: input.focus }),
            at: localIso(input.at),
            updatedAt: localIso(new Date()),
            ...progress,
          });
          if (oldDraft) await fs.rm(oldDraft, { force: true });
        },
      }),
    },
    input.prepExercise,
  );
  const flagged = answers.some((a) => a.step === STEP.discussWithCoach && a.answer === true);
  const saved = await saveEntry(
    journal,
    {
      kind: exercise.phase,
      lang: input.lang,
      ...(input.customer && { customer: input.customer }),
      exercise: { id: exercise.id, version: exercise.version },
      ...(input.linkedPrep && { links: { prep: input.linkedPrep.id } }),
      ...(input.focus && { focus: input.focus }),
      answers,
      actions: actionsFrom(answers, new Set(input.actionIds)),
      ...(flagged && { flags: [COACH_FLAG] }),
      ...(input.tags && input.tags.length > 0 && { tags: input.tags }),
    },
    input.at,
  );
  if (input.keepDraft || input.resumed) await removeDraft(journal, exercise.phase, input.customer);
  if (oldDraft) await fs.rm(oldDraft, { force: true });
  return saved;
}
