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
