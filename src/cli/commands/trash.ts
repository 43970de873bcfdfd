import { withFileLock } from "../../data/file-lock.js";
import { t } from "../../i18n/index.js";
import { locateEntry } from "../../journal/locate.js";
import { moveToTrash, restoreFromTrash, trashedIds } from "../../journal/trash.js";
import { style } from "../../render/style.js";
import type { Context } from "../context.js";
import { out } from "../output.js";
import type { DeleteOptions } from "../specs/delete.js";
import type { RestoreOptions } from "../specs/restore.js";

/** `delete ID`: the entry goes to the trash inside the journal, from where `restore` brings it back. */
export async function deleteEntry(ctx: Context, { id }: DeleteOptions): Promise<void> {
  const { entry, path } = await locateEntry(ctx.folders.journal, id);
  // Under the entry's lock, so a `done` or an edit being saved finishes first.
  await withFileLock(path, () => moveToTrash(ctx.folders.journal, path));
  out(ctx, `${style.green("✓")} ${t().trash.deleted(entry.id)}`);
}

export async function restore(ctx: Context, { id, list }: RestoreOptions): Promise<void> {
  const m = t().trash;
  if (list || id === undefined) {
    const ids = trashedIds(ctx.folders.journal).map((x) => x.id);
    return out(ctx, ids.length ? ids.join("\n") : style.dim(m.empty));
  }
  const back = await restoreFromTrash(ctx.folders.journal, id);
  out(ctx, `${style.green("✓")} ${m.restored(back.id)}`);
}
