import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { FILE_MODE } from "./atomic-write.js";
import { readWhole } from "./read-whole.js";

/** No change of one file takes this long: a lock this old is left over, whoever holds it. */
const STALE_MS = 30_000;
/**
 * Writing a holder's id takes microseconds, but a loaded machine can pause a run between creating
 * the lock and writing it: a lock without an id for this long was left by a killed run.
 */
const NO_ID_STALE_MS = 5_000;
/**
 * A run gives up when one holder keeps the lock this long: then something is wrong. While the lock
 * changes hands, others are making progress and the run waits its turn, up to `MAX_WAIT_MS`.
 */
const WAIT_MS = 10_000;
const MAX_WAIT_MS = 120_000;
/** A holder's id is a few dozen characters; a lock that is a FIFO or a large file holds none. */
const MAX_LOCK_BYTES = 256;

/** A lock file as judged: a new lock may get the inode of one just removed, but not its time and holder too. */
interface Judged {
  ino: number;
  mtimeMs: number;
  holder: string;
}

/**
 * The lock file as it was when judged left over by a run that is gone (its process no longer
 * exists, or the lock is old), or undefined when it is held or already gone.
 */
async function leftOver(lock: string, seen?: (holder: string) => void): Promise<Judged | undefined> {
  const judged = await lockAsIs(lock);
  if (!judged) return undefined; // released meanwhile: just try again
  const { holder } = judged;
  seen?.(`${judged.ino} ${holder}`);
  const age = Date.now() - judged.mtimeMs;
  if (age > STALE_MS) return judged;
  const pid = Number(holder.split(" ")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return age > NO_ID_STALE_MS ? judged : undefined; // else being written right now
  // Our own process id on a lock we do not hold: left by an earlier process that had it.
  if (pid === process.pid) return judged;
  try {
    process.kill(pid, 0);
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH" ? judged : undefined;
  }
}

/**
 * Removes a lock judged left over, but only that one: several runs may judge the same lock at
 * once, and one may already have replaced it with its own. The lock is moved aside in one step and
 * removed if it is the file judged; a fresh lock moved aside by mistake is put back, unless yet
 * another run took the place meanwhile.
 */
async function takeOver(lock: string, judged: Judged): Promise<void> {
  // One run at a time breaks a lock: two breakers could each move aside the lock the other just
  // made. A guard left by a killed breaker is old at once by these standards.
  const guard = `${lock}.break`;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(guard, "wx", FILE_MODE);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const st = await fs.stat(guard).catch(() => undefined);
    if (st && Date.now() - st.mtimeMs > NO_ID_STALE_MS) await fs.rm(guard, { force: true });
    return;
  }
  try {
    await moveAside(lock, judged);
  } finally {
    await handle.close();
    await fs.rm(guard, { force: true });
  }
}

async function moveAside(lock: string, judged: Judged): Promise<void> {
  // Looked at once more: the run judged gone may have released the lock and another taken it
  // while it was being judged, which is the usual case when many runs wait for one file.
  if (!sameLock(await lockAsIs(lock), judged)) return;
  const aside = `${lock}.${randomBytes(6).toString("hex")}`;
  try {
    await fs.rename(lock, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return; // another run took it away first
    throw e;
  }
  const moved = await lockAsIs(aside);
  if (moved && !sameLock(moved, judged)) await fs.link(aside, lock).catch(() => undefined);
  await fs.rm(aside, { force: true });
}

/**
 * A lock file as it is now, or undefined when it is gone. One gone by the time it is read was
 * released: that is no lock without an id. (One that cannot be read for another reason, a FIFO or
 * a huge file, holds no id.)
 */
async function lockAsIs(file: string): Promise<Judged | undefined> {
  const [st, holder] = await Promise.all([
    fs.stat(file).catch(() => undefined),
    readWhole(file, MAX_LOCK_BYTES).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? undefined : "")),
  ]);
  return st && holder !== undefined ? { ino: st.ino, mtimeMs: st.mtimeMs, holder } : undefined;
}

const sameLock = (a: Judged | undefined, b: Judged) => a !== undefined && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.holder === b.holder;

/** Creates the lock holding this run's id; false when it exists already. */
async function create(lock: string, id: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lock, "wx", FILE_MODE);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    await handle.writeFile(id);
  } catch (e) {
    // A lock without its holder's id would hold up later runs: not left behind.
    await handle.close();
    await fs.rm(lock, { force: true });
    throw e;
  }
  await handle.close();
  return true;
}

/**
 * Runs `change` while holding a lock on `file`, so that two runs changing the same file (read,
 * change, write) do not lose each other's change. The lock is a dot-named file beside it (journal
 * readers skip dot-names), created exclusively and holding the run's process id, so that a lock
 * left by a killed run is taken over at once, and a random part, so that a run removes only its own.
 */
export async function withFileLock<T>(file: string, change: () => Promise<T>): Promise<T> {
  const lock = path.join(path.dirname(file), `.${path.basename(file)}.lock`);
  const id = `${process.pid} ${randomBytes(8).toString("hex")}`;
  const started = Date.now();
  let holder = "";
  let heldSince = started;
  const seen = (h: string) => {
    if (h !== holder) [holder, heldSince] = [h, Date.now()];
  };
  for (let wait = 5; !(await create(lock, id)); wait = Math.min(wait * 2, 100)) {
    const judged = await leftOver(lock, seen);
    if (judged) {
      await takeOver(lock, judged);
      continue;
    }
    const now = Date.now();
    if (now - heldSince > WAIT_MS || now - started > MAX_WAIT_MS) throw new UserError(t().errors.locked(file));
    // A little randomness, so that many waiting runs do not all try again at the same moment.
    await sleep(wait * (0.5 + Math.random()));
  }
  try {
    return await change();
  } finally {
    if ((await readWhole(lock, MAX_LOCK_BYTES).catch(() => "")) === id) await fs.rm(lock, { force: true });
  }
}
