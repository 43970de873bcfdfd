import fs from "node:fs";
import path from "node:path";
import { DIR_MODE, FILE_MODE, tempPath } from "../data/atomic-write.js";

const idOf = (st: fs.Stats) => `${st.dev}:${st.ino}`;

/** Whether the current folder, or any folder above it, is one of `ids`: asked of the folders themselves, not of a path. */
function cwdInside(ids: ReadonlySet<string>): boolean {
  for (let up = "."; ; up = path.join(up, "..")) {
    const st = fs.statSync(up);
    if (ids.has(idOf(st))) return true;
    if (idOf(fs.statSync(path.join(up, ".."))) === idOf(st)) return false; // the root
  }
}

/**
 * Writes `file` atomically, but never inside one of the folders `forbidden`, whatever links on the
 * way are swapped meanwhile. Checking the path first and writing later leaves a gap in which a link
 * can be pointed elsewhere; so each folder on the way is entered (which resolves it once), the folder
 * actually entered is checked by identity, and the file is created and renamed relative to it.
 * Missing folders are created the same way, one at a time, each only after the check.
 */
export async function writeOutsideOf(file: string, text: string, forbidden: readonly string[], refuse: () => Error): Promise<void> {
  const ids = new Set(forbidden.flatMap((dir) => {
    const st = fs.statSync(dir, { throwIfNoEntry: false });
    return st ? [idOf(st)] : [];
  }));
  // The one process-wide step of a run: every call here is synchronous, so no other code of this
  // process runs between entering the folders and returning to the folder it started in.
  const before = process.cwd();
  const { root, dir, base } = path.parse(file);
  try {
    process.chdir(root);
    for (const part of path.relative(root, dir).split(path.sep).filter(Boolean)) {
      if (cwdInside(ids)) throw refuse();
      try {
        fs.mkdirSync(part, { mode: DIR_MODE });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      process.chdir(part);
    }
    if (cwdInside(ids)) throw refuse();
    const tmp = path.basename(tempPath("."));
    try {
      const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), FILE_MODE);
      try {
        fs.fchmodSync(fd, FILE_MODE);
        fs.writeFileSync(fd, text);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, base);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  } finally {
    try {
      process.chdir(before);
    } catch {
      /* the folder we started in is gone: nothing here depends on it */
    }
  }
}
