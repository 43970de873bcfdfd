import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { readUserText } from "../data/read-error.js";
import { ensurePrivateDir, FILE_MODE, sweepStaleTemps, tempPath } from "../data/atomic-write.js";

/** `$VISUAL`, then `$EDITOR`, then the platform's usual one. */
export function editorCommand(env: NodeJS.ProcessEnv): string {
  return env.VISUAL || env.EDITOR || (os.platform() === "win32" ? "notepad" : "vi");
}

/** Opens `file` in the user's editor and waits for it to close. */
export function openInEditor(file: string, env: NodeJS.ProcessEnv): void {
  const cmd = editorCommand(env);
  // The editor setting may carry arguments ("code --wait"), so the shell splits it, as git does.
  const ref = os.platform() === "win32" ? "%EMPATHY_EDIT_FILE%" : "$EMPATHY_EDIT_FILE";
  const r = spawnSync(`${cmd} "${ref}"`, {
    shell: true,
    stdio: "inherit",
    env: { ...env, EMPATHY_EDIT_FILE: file },
  });
  if (r.error || r.status !== 0) throw new UserError(t().errors.editorFailed(cmd));
}

/**
 * Lets the user write a longer text in their editor. The scratch file lives in the journal's
 * private drafts folder, never in a shared temporary folder, and is removed afterwards.
 */
export async function editText(scratchDir: string, initial: string, env: NodeJS.ProcessEnv): Promise<string> {
  await ensurePrivateDir(scratchDir);
  await sweepStaleTemps(scratchDir);
  const file = `${tempPath(scratchDir)}.md`;
  await fs.writeFile(file, initial, { mode: FILE_MODE, flag: "wx" });
  try {
    openInEditor(file, env);
    return (await readUserText(file)).trim();
  } finally {
    await fs.rm(file, { force: true });
  }
}
