import { UserError } from "../../errors.js";
import { readEntryText } from "../../journal/entry-text.js";
import { saveEditedEntry } from "../../journal/change-entry.js";
import { readUserText } from "../../data/read-error.js";
import { MAX_ENTRY_BYTES } from "../../journal/scan.js";
import { t } from "../../i18n/index.js";
import { inRunWords } from "../../data/reasons.js";
import { locateEntry } from "../../journal/locate.js";
import { parseEntry } from "../../journal/parse-entry.js";
import type { Entry } from "../../journal/entry.js";
import { loadExercises, loadMenus } from "../../exercises/load.js";
import { entryAnswersProblem } from "../../session/validate-answer.js";
import { openInEditor } from "../../session/editor.js";
import { withScratchFile } from "../../session/scratch.js";
import { safeLine } from "../../data/safe-text.js";
import type { Context } from "../context.js";
import { decrypterOf, keysOf } from "../journal-input.js";
import { err, out } from "../output.js";
import type { EditOptions } from "../specs/edit.js";

/** Answers that do not fit their exercise's steps (a rating out of range, an unknown choice). */
async function answersMisfit(ctx: Context, entry: Entry): Promise<string | undefined> {
  // Own exercises that cannot be read are no reason to lose the edit: the built-ins still check.
  const [{ exercises }, menus] = await Promise.all([loadExercises(ctx.folders.journal).catch(() => loadExercises()), loadMenus()]);
  return entryAnswersProblem(entry, exercises.find((e) => e.exercise.id === entry.exercise.id)?.exercise, menus);
}

/**
 * Opens an entry in the user's editor on a private copy; only a valid result replaces the entry
 * (atomically), so the journal never keeps a broken file because of an edit.
 */
export async function edit(ctx: Context, { id }: EditOptions): Promise<void> {
  const m = t().edit;
  // The platform's editor (vi) without a terminal only complains; a chosen one may do without.
  if (!ctx.interactive && !ctx.env.VISUAL && !ctx.env.EDITOR) throw new UserError(m.needTerminal);
  const { path } = await locateEntry(ctx.folders.journal, id, undefined, keysOf(ctx, true));
  const original = await readEntryText(path, decrypterOf(ctx));
  // The cache folder is the user's own and never synced with the journal: the place for the
  // scratch copy where there is no memory-backed one.
  // No flow keeps a draft here: a signal while the editor is open removes the copy and ends the run.
  await withScratchFile(ctx.folders.cache, "entry.yaml", original, { onSignal: ctx.onSignal, end: ctx.exit }, async (scratch) => {
    for (;;) {
      await openInEditor(scratch, ctx.env);
      const edited = await readUserText(scratch, MAX_ENTRY_BYTES);
      if (edited === original) return out(ctx, m.unchanged);
      const parsed = parseEntry(edited, path);
      const problem = parsed.ok
        ? await answersMisfit(ctx, parsed.entry)
        : `${parsed.invalid.line ? `${m.line(parsed.invalid.line)}: ` : ""}${inRunWords(parsed.invalid).reason}`;
      if (problem === undefined) {
        const r = await saveEditedEntry(ctx.folders.journal, path, original, edited, decrypterOf(ctx));
        if (r.saved) return out(ctx, m.saved(path));
        throw new UserError(m.changedMeanwhile(r.kept));
      }
      // The reason may quote the file: shown on one line, without its control characters.
      err(ctx, m.invalid(safeLine(problem)));
      if (!ctx.interactive) throw new UserError(m.notSaved);
      const again = await (await ctx.prompts()).questions.pick(m.invalid(safeLine(problem)), [
        { value: true, name: m.again },
        { value: false, name: m.discard },
      ]);
      if (!again) return out(ctx, m.discarded);
    }
  });
}
