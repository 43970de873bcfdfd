import fs from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { FILE_MODE } from "./atomic-write.js";

/** No change of one file takes this long: a lock this old is left over, whoever holds it. */
const STALE_MS = 30_000;
/** Writing a holder's id takes microseconds: a lock without one for this long was left by a killed run. */
const NO_ID_STALE_MS = 1_000;
const WAIT_MS = 10_000;

/** Whether a lock was left by a run that is gone: its process no longer exists, or it is old. */
async function leftOver(lock: string): Promise<boolean> {
  const [st, holder] = await Promise.all([fs.stat(lock).catch(() => undefined), fs.readFile(lock, "utf8").catch(() => "")]);
  if (!st) return false; // released meanwhile: just try again
  const age = Date.now() - st.mtimeMs;
  if (age > STALE_MS) return true;
  const pid = Number(holder);
  if (!Number.isInteger(pid) || pid <= 0) return age > NO_ID_STALE_MS; // else being written right now
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Creates a lock file holding this run's process id; false when it exists already. */
async function create(lock: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lock, "wx", FILE_MODE);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    await handle.writeFile(String(process.pid));
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
 * Removes a lock left by a run that is gone. Several runs may find the same left-over lock at once;
 * each first takes a guard (itself a lock, taken over the same way) and looks again while holding
 * it, so that none removes the fresh lock another has just made in its place. True when the lock
 * may be tried again at once.
 */
async function takeOver(lock: string): Promise<boolean> {
  const guard = `${lock}.takeover`;
  if (!(await create(guard))) {
    if (await leftOver(guard)) await fs.rm(guard, { force: true });
    return false; // another run is taking over
  }
  try {
    if (await leftOver(lock)) await fs.rm(lock, { force: true });
    return true;
  } finally {
    await fs.rm(guard, { force: true });
  }
}

/**
 * Runs `change` while holding a lock on `file`, so that two runs changing the same file (read,
 * change, write) do not lose each other's change. The lock is a dot-named file beside it (journal
 * readers skip dot-names), created exclusively and holding the run's process id, so that a lock
 * left by a killed run is taken over at once.
 */
export async function withFileLock<T>(file: string, change: () => Promise<T>): Promise<T> {
  const lock = path.join(path.dirname(file), `.${path.basename(file)}.lock`);
  const started = Date.now();
  for (let wait = 5; !(await create(lock)); wait = Math.min(wait * 2, 200)) {
    if ((await leftOver(lock)) && (await takeOver(lock))) continue;
    if (Date.now() - started > WAIT_MS) throw new UserError(t().errors.locked(file));
    await sleep(wait);
  }
  try {
    return await change();
  } finally {
    await fs.rm(lock, { force: true });
  }
}
