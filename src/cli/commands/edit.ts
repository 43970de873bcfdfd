import fs from "node:fs/promises";
import { basename, join } from "node:path";
import { UserError } from "../../errors.js";
import { ensurePrivateDir, FILE_MODE, sweepStaleTemps, tempPath } from "../../data/atomic-write.js";
import { readEntryText, writeEntryText } from "../../crypto/entry-text.js";
import { idFromName, isSealed, SEALED } from "../../crypto/sealed.js";
import { withFileLock } from "../../data/file-lock.js";
import { readUserText } from "../../data/read-error.js";
import { MAX_ENTRY_BYTES } from "../../journal/scan.js";
import { t } from "../../i18n/index.js";
import { inRunWords } from "../../i18n/reasons.js";
import { locateEntry } from "../../journal/locate.js";
import { parseEntry } from "../../journal/parse-entry.js";
import type { Entry } from "../../journal/entry.js";
import { loadExercises, loadMenus } from "../../exercises/load.js";
import { entryAnswersProblem } from "../../session/validate-answer.js";
import { draftsDir } from "../../session/draft-files.js";
import { openInEditor } from "../../session/editor.js";
import { safeLine } from "../../render/safe-text.js";
import type { Context } from "../context.js";
import { decrypterOf, keysOf } from "../journal-input.js";
import { err, out } from "../output.js";

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
export async function edit(ctx: Context, id: string): Promise<void> {
  const m = t().edit;
  // The platform's editor (vi) without a terminal only complains; a chosen one may do without.
  if (!ctx.interactive && !ctx.env.VISUAL && !ctx.env.EDITOR) throw new UserError(m.needTerminal);
  const { path } = await locateEntry(ctx.folders.journal, id, undefined, keysOf(ctx, true));
  const original = await readEntryText(path, decrypterOf(ctx));
  const scratchDir = draftsDir(ctx.folders.journal);
  await ensurePrivateDir(scratchDir);
  await sweepStaleTemps(scratchDir);
  const scratch = `${tempPath(scratchDir)}.yaml`;
  await fs.writeFile(scratch, original, { mode: FILE_MODE, flag: "wx" });
  let keepScratch = false;
  try {
    for (;;) {
      openInEditor(scratch, ctx.env);
      const edited = await readUserText(scratch, MAX_ENTRY_BYTES);
      if (edited === original) return out(ctx, m.unchanged);
      const parsed = parseEntry(edited, path);
      const problem = parsed.ok
        ? await answersMisfit(ctx, parsed.entry)
        : `${parsed.invalid.line ? `${m.line(parsed.invalid.line)}: ` : ""}${inRunWords(parsed.invalid).reason}`;
      if (problem === undefined) {
        // Only over the entry as it was opened: a `done` meanwhile must not be undone by this save.
        const replaced = await withFileLock(path, async () => {
          if ((await readEntryText(path, decrypterOf(ctx))) !== original) return false;
          await writeEntryText(ctx.folders.journal, path, edited);
          return true;
        });
        if (replaced) return out(ctx, m.saved(path));
        // Under a name of its own: temporary names are swept after an hour. Encrypted as the
        // entry is: an encrypted journal keeps no plain copy.
        const sealed = isSealed(path);
        const kept = join(scratchDir, `${idFromName(basename(path))}.edited-${Date.now()}.yaml${sealed ? SEALED : ""}`);
        if (sealed) {
          await writeEntryText(ctx.folders.journal, kept, edited);
          await fs.rm(scratch, { force: true });
        } else await fs.rename(scratch, kept);
        keepScratch = true;
        throw new UserError(m.changedMeanwhile(kept));
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
  } finally {
    if (!keepScratch) await fs.rm(scratch, { force: true });
  }
}
