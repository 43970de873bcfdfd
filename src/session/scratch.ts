import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensurePrivateDir, FILE_MODE } from "../data/atomic-write.js";

/*
 * While an editor has it, the text is plain on disk, even for an encrypted journal. As `pass` does,
 * it then lives in a folder of its own that only the user can enter, in memory where the system
 * offers that (so it never reaches a disk), and it is gone however the run ends.
 */

/** Linux's memory-backed folder, writable by every user; each scratch folder in it is private. */
const IN_MEMORY = "/dev/shm";
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const SCRATCH = /^empathy-\w{6}$/;
/** Older than this, a scratch folder of the user's is what a killed run left (SIGKILL cannot be caught). */
const STALE_MS = 24 * 60 * 60 * 1000;

function inMemoryFolder(): string | undefined {
  try {
    fs.accessSync(IN_MEMORY, fs.constants.W_OK | fs.constants.X_OK);
    return fs.statSync(IN_MEMORY).isDirectory() ? IN_MEMORY : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the user's own scratch folders that killed runs left behind (best effort). */
function sweepLeftovers(base: string): void {
  const uid = process.getuid?.();
  try {
    for (const name of fs.readdirSync(base).filter((n) => SCRATCH.test(n))) {
      const p = path.join(base, name);
      const st = fs.lstatSync(p);
      if (st.isDirectory() && (uid === undefined || st.uid === uid) && Date.now() - st.mtimeMs > STALE_MS) fs.rmSync(p, { recursive: true, force: true });
    }
  } catch {
    /* a sweep that fails changes nothing */
  }
}

/** The signals that stop a run, and the end of the process, which a scratch folder must outlive by no moment. */
type Stop = (typeof SIGNALS)[number] | "exit";

/**
 * How the run around a scratch file is stopped: `onSignal` listens through the run's own runtime;
 * `end`, when given, ends the run at once with a signal's exit code. Without it, the caller (a
 * guided flow, keeping its draft) ends the run itself, and the folder goes when `use` is over.
 */
export interface ScratchStops {
  onSignal: (name: Stop, handler: () => void) => () => void;
  end?: (code: number) => void;
}

/**
 * Runs `use` on a scratch file holding `text`, named `name`, in a new 0700 folder in memory, or in
 * `fallback` (a private folder of the user's) when there is no memory-backed one. The folder is
 * removed when `use` ends, fails, or the run is stopped by a signal or exits.
 */
export async function withScratchFile<T>(fallback: string, name: string, text: string, stops: ScratchStops, use: (file: string) => Promise<T>): Promise<T> {
  let base = inMemoryFolder();
  if (base === undefined) await ensurePrivateDir((base = fallback));
  sweepLeftovers(base);
  // mkdtemp makes a new folder with a name nobody can guess, readable by its owner only.
  const dir = await fsp.mkdtemp(path.join(base, "empathy-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  const { end } = stops;
  const unlisten = [
    stops.onSignal("exit", remove),
    ...(end ? SIGNALS.map((s) => stops.onSignal(s, () => (remove(), end(128 + os.constants.signals[s])))) : []),
  ];
  try {
    const file = path.join(dir, name);
    await fsp.writeFile(file, text, { mode: FILE_MODE, flag: "wx" });
    return await use(file);
  } finally {
    for (const stop of unlisten) stop();
    remove();
  }
}
