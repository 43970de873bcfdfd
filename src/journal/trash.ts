import fs from "node:fs/promises";
import { readdirSync } from "node:fs";
import path from "node:path";
import { ensurePrivateDir } from "../data/atomic-write.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { ENTRY_NAME, plainEntryPath } from "./naming.js";
import { findById } from "./queries.js";

/**
 * Deleted entries wait in `<journal>/trash/YYYY/MM/`. Readers only look in year folders, so an
 * entry in the trash is in no list, report or review, and `restore` puts its bytes back unchanged.
 */
export const TRASH_DIR = "trash";

/** The ids in the trash, oldest first (file names only: nothing is parsed). */
export function trashedIds(journal: string): { id: string; path: string }[] {
  const root = path.join(journal, TRASH_DIR);
  const found: { id: string; path: string }[] = [];
  const names = (dir: string) => {
    try {
      return readdirSync(dir).sort();
    } catch {
      return [];
    }
  };
  for (const year of names(root).filter((n) => /^\d{4}$/.test(n)))
    for (const month of names(path.join(root, year)).filter((n) => /^\d{2}$/.test(n)))
      for (const name of names(path.join(root, year, month)).filter((n) => ENTRY_NAME.test(n)))
        found.push({ id: name.slice(0, -".yaml".length), path: path.join(root, year, month, name) });
  return found;
}

/**
 * Moves a file to `to` without ever replacing what is there: a hard link and an unlink, or a
 * copy where the file system has no links. The bytes stay exactly as they were.
 */
async function moveNoClobber(from: string, to: string, taken: () => string): Promise<void> {
  await ensurePrivateDir(path.dirname(to));
  try {
    await fs.link(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new UserError(taken());
    if (code !== "EPERM" && code !== "EXDEV" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw e;
    await fs.copyFile(from, to, fs.constants.COPYFILE_EXCL).catch((err: NodeJS.ErrnoException) => {
      throw err.code === "EEXIST" ? new UserError(taken()) : err;
    });
  }
  await fs.unlink(from);
}

/** Moves an entry file into the trash; returns where it went. */
export async function moveToTrash(journal: string, file: string): Promise<string> {
  const id = path.basename(file, ".yaml");
  const to = plainEntryPath(path.join(journal, TRASH_DIR), id);
  await moveNoClobber(file, to, () => t().trash.alreadyInTrash(id));
  return to;
}

/** Puts an entry from the trash back in its month folder; refuses when an entry of that name is there. */
export async function restoreFromTrash(journal: string, idOrPrefix: string): Promise<{ id: string; path: string }> {
  const item = findById(trashedIds(journal), (x) => x.id, idOrPrefix.replace(/\.yaml$/, ""), "trashed");
  const to = plainEntryPath(journal, item.id);
  await moveNoClobber(item.path, to, () => t().trash.nameTaken(item.id));
  return { id: item.id, path: to };
}
