import type { Bare } from "../command-spec.js";
import type { CompletionOptions } from "../specs/completion.js";
import { SCRIPTS } from "./scripts.js";

/** `completion SHELL`: the script that makes the shell ask `empathy __complete` at every Tab. */
export async function printScript({ rt }: Bare, { shell }: CompletionOptions): Promise<void> {
  rt.stdout.write(SCRIPTS[shell]);
}
