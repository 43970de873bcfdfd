import { localIso } from "../../dates.js";
import { UsageError, UserError } from "../../errors.js";
import { t } from "../../i18n/index.js";
import { locateEntry } from "../../journal/locate.js";
import { addNote } from "../../review/notes.js";
import { ownRecipient } from "../../crypto/keyring.js";
import { resolveTrainees } from "../../review/targets.js";
import type { Context } from "../context.js";
import { refuseOwnFoldersInside } from "../own-folders.js";
import { decrypterOf, keysOf } from "../journal-input.js";
import { out, outJson } from "../output.js";
import { versioned } from "../../insights/json.js";
import type { NoteOptions } from "../specs/note.js";

/** A coach's note on a trainee's entry, kept in the coach's own data folder. */
export async function note(ctx: Context, opts: NoteOptions): Promise<void> {
  const text = opts.text.join(" ").trim();
  if (!text) throw new UsageError(t().review.cli.emptyNote);
  const { trainees } = resolveTrainees([opts.for], ctx.cwd);
  if (trainees.length !== 1) throw new UserError(t().review.cli.oneJournal(opts.for));
  const journal = trainees[0]!.dir;
  refuseOwnFoldersInside({ data: ctx.folders.data }, [opts.for, journal], ctx.cwd);
  const { entry } = await locateEntry(journal, opts.entryId, opts.for, keysOf(ctx, true));
  const saved = { entry: entry.id, text, at: localIso(ctx.now) };
  await addNote(ctx.folders.data, journal, saved, { recipient: () => ownRecipient(ctx), open: decrypterOf(ctx) });
  if (opts.json) return outJson(ctx, versioned({ journal, note: saved }));
  out(ctx, t().review.cli.noted(entry.id));
}
