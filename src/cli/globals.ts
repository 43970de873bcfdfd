import type { Command } from "commander";
import type { Lang } from "../i18n/lang.js";

export interface GlobalOptions {
  journal?: string;
  lang?: Lang;
  cache?: boolean;
  identity?: string;
}

/**
 * The global options as given on the command line. The parser also fills `--journal` and
 * `--identity` from the process's environment (which names them in the help); the run's own
 * environment decides those instead, so that a run with another environment sees its own.
 */
export function globalOptions(cmd: Command): GlobalOptions {
  const globals = { ...cmd.optsWithGlobals<GlobalOptions>() };
  for (const key of ["journal", "identity"] as const) if (cmd.getOptionValueSourceWithGlobals(key) === "env") delete globals[key];
  return globals;
}

/**
 * A global option's value as written in `words`, before (or without) the parser: `--lang nl` or
 * `--lang=nl`, the first one given.
 */
export function givenValue(words: readonly string[], flag: `--${string}`): string | undefined {
  const i = words.findIndex((w) => w === flag || w.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  return words[i] === flag ? words[i + 1] : words[i]!.slice(flag.length + 1);
}
