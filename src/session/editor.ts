import { spawnSync } from "node:child_process";
import os from "node:os";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { readUserText } from "../data/read-error.js";
import { withScratchFile, type ScratchStops } from "./scratch.js";

/** `$VISUAL`, then `$EDITOR`, then the platform's usual one. */
export function editorCommand(env: NodeJS.ProcessEnv): string {
  return env.VISUAL || env.EDITOR || (os.platform() === "win32" ? "notepad" : "vi");
}

/** Opens `file` in the user's editor and waits for it to close. */
export async function openInEditor(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  const cmd = editorCommand(env);
  // The editor setting may carry arguments ("code --wait"), so the shell splits it, as git does.
  const ref = os.platform() === "win32" ? "%EMPATHY_EDIT_FILE%" : "$EMPATHY_EDIT_FILE";
  const r = spawnSync(`${cmd} "${ref}"`, {
    shell: true,
    stdio: "inherit",
    env: { ...env, EMPATHY_EDIT_FILE: file },
  });
  // A signal that came while the editor was open is handled now, before the edit is used: Node
  // reads it in the poll phase of its event loop, which lies between two turns of `setImmediate`.
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
  if (r.error || r.status !== 0) throw new UserError(t().errors.editorFailed(cmd));
}

/**
 * Lets the user write a longer text in their editor, on a private scratch copy (see scratch.ts);
 * `fallback` is the private folder used where the system has no memory-backed one.
 */
export async function editText(fallback: string, initial: string, env: NodeJS.ProcessEnv, stops: ScratchStops): Promise<string> {
  return withScratchFile(fallback, "answer.md", initial, stops, async (file) => {
    await openInEditor(file, env);
    return (await readUserText(file)).trim();
  });
}
