import type { Command } from "commander";
import { completeWords } from "./complete.js";
import { forShell, isShell, typedWord } from "./scripts.js";
import { completionSources } from "./sources.js";
import type { Runtime } from "../runtime.js";

/**
 * `empathy __complete SHELL INDEX WORDS…`, called by the completion scripts at every Tab: prints
 * the candidates, one a line. It never fails loudly; a Tab that finds nothing prints nothing.
 */
export function runCompletion(program: Command, args: readonly string[], rt: Pick<Runtime, "env" | "cwd" | "stdout">): void {
  const [shell, index, ...words] = args;
  const current = Number(index);
  if (!shell || !isShell(shell) || !Number.isInteger(current) || current < 1) return;
  const typed = words.map((w, i) => (i === current ? typedWord(shell, w) : w));
  try {
    const found = completeWords(program, typed, current, completionSources(typed, rt));
    if (found.length) rt.stdout.write(`${found.map((c) => forShell(shell, c)).join("\n")}\n`);
  } catch {
    /* a Tab must never print an error into the line being typed */
  }
}
