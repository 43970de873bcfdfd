import type { Bare } from "../command-spec.js";
import { SCRIPTS, type Shell } from "./scripts.js";

/** `completion SHELL`: the script that makes the shell ask `empathy __complete` at every Tab. */
export async function printScript({ rt }: Bare, shell: Shell): Promise<void> {
  rt.stdout.write(SCRIPTS[shell]);
}
