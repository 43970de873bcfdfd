import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Temporary files start with a dot and end in `.tmp`, so no reader ever takes one for an entry. */
export function tempPath(dir: string): string {
  return path.join(dir, `.${randomBytes(6).toString("hex")}.tmp`);
}

/** Creates a folder (and its parents) readable by the owner only, whatever the umask. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
  if (first === undefined) return;
  // mkdir's mode is filtered by the umask: set it again on every folder it created.
  let d = first;
  await fs.chmod(d, DIR_MODE);
  for (const part of path.relative(first, dir).split(path.sep).filter(Boolean)) {
    d = path.join(d, part);
    await fs.chmod(d, DIR_MODE);
  }
}

async function writeTemp(file: string, text: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, "wx", FILE_MODE);
  try {
    await handle.chmod(FILE_MODE);
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  // Makes the new name durable; some platforms cannot open a folder, which is harmless.
  try {
    const h = await fs.open(dir, "r");
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    /* not supported here */
  }
}

/** Replaces `file` with `text` in one step: a crash leaves the old or the new file, never half. */
export async function writeFileAtomic(file: string, text: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await ensurePrivateDir(dir);
  const tmp = tempPath(dir);
  try {
    await writeTemp(tmp, text);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await syncDir(dir);
}

/** Removes a file and makes the removal durable, so that a crash cannot bring it back beside its new form. */
export async function removeFileDurably(file: string): Promise<void> {
  await fs.rm(file, { force: true });
  await syncDir(path.dirname(file));
}

/**
 * The same for a file that can be rebuilt (the index, completion's names): renamed into place, so
 * that a reader or a killed run never sees half of it, but not synced to disk, which costs more
 * than the rest of the write. After a power cut such a file may be old or damaged; it is then
 * rebuilt from the journal.
 */
export async function replaceRebuildable(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await ensurePrivateDir(dir);
  const tmp = tempPath(dir);
  try {
    await fs.writeFile(tmp, data, { mode: FILE_MODE, flag: "wx" });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Older than this, a temporary file is a leftover of a run that was killed, not one being written. */
const STALE_MS = 60 * 60 * 1000;

/** Removes temporary files that killed runs left behind (best effort: they are never read anyway). */
export async function sweepStaleTemps(dir: string, now = Date.now()): Promise<void> {
  try {
    for (const name of await fs.readdir(dir)) {
      if (!/^\.[0-9a-f]{12}\.tmp(\.\w+)?$/.test(name)) continue;
      const p = path.join(dir, name);
      const st = await fs.lstat(p).catch(() => undefined);
      if (st?.isFile() && now - st.mtimeMs > STALE_MS) await fs.rm(p, { force: true });
    }
  } catch {
    /* a sweep that fails changes nothing */
  }
}

/**
 * Creates a new file under the first free name that `candidate(n)` (n = 1, 2, …) offers, never
 * replacing an existing one, even when another process picks the same name at the same moment:
 * `link` fails rather than overwrite. `render(name)` gives the content for a name, since an entry
 * records its own id.
 */
export async function createFileExclusive(
  dir: string,
  candidate: (n: number) => string,
  render: (name: string) => string | Uint8Array | Promise<string | Uint8Array>,
): Promise<string> {
  await ensurePrivateDir(dir);
  for (let n = 1; n < 1000; n++) {
    const name = candidate(n);
    const target = path.join(dir, name);
    const tmp = tempPath(dir);
    try {
      await writeTemp(tmp, await render(name));
      await fs.link(tmp, target);
      await syncDir(dir);
      await sweepStaleTemps(dir);
      return target;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }
  throw new Error(`no free file name in ${dir}`);
}
