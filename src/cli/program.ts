import { Command, CommanderError } from "./commander.js";
import { Interrupted, NotFound, UserError } from "../errors.js";
import { langFromLocale, isLang } from "../i18n/lang.js";
import { loadLang, setLang, t } from "../i18n/index.js";
import { namedCommand, option, registerCommands } from "./commands.js";
import { GLOBAL } from "./command-spec.js";
import { errorWords, helpWords } from "./parser-words.js";
import { givenValue } from "./globals.js";
import { safeLine } from "../data/safe-text.js";
import { colourLevel } from "../render/colour-level.js";
import type { Runtime } from "./runtime.js";
import { version } from "./version.js";

/** The language of help texts: `--lang` or the locale (the config is read only when a command runs). */
function helpLang(argv: string[], env: NodeJS.ProcessEnv) {
  const v = givenValue(argv, "--lang");
  return isLang(v) ? v : langFromLocale(env);
}

/**
 * The command table and its help, in the language of `argv` (which `loadLang` has loaded); with
 * `lean`, only the command `argv` names, when that is known beforehand (see `namedCommand`).
 */
export function buildProgram(argv: string[], rt: Runtime, lean = false): Command {
  setLang(helpLang(argv, rt.env));
  const colours = () => colourLevel(rt.env, rt.stdout.isTTY) > 0;
  const m = t();
  const program = new Command("empathy")
    .description(m.help.program)
    .version(version(), "-V, --version", m.help.version)
    .helpOption("-h, --help", m.help.help)
    .showSuggestionAfterError()
    .exitOverride()
    .configureHelp(helpWords(m.parser))
    // One style for every error line: the parser's own "error: …" reads like the tool's "empathy: …".
    .configureOutput({
      writeOut: (str) => rt.stdout.write(str),
      writeErr: (str) => rt.stderr.write(str),
      getOutHelpWidth: () => rt.stdout.columns || 80,
      getErrHelpWidth: () => rt.stderr.columns || 80,
      getOutHasColors: colours,
      getErrHasColors: colours,
      outputError: (str, write) => write(str.startsWith("empathy: ") ? str : errorWords(str, m.parser)),
    });
  for (const o of GLOBAL) program.addOption(option(o, m.help));
  program.helpCommand("help [command]", m.help.helpCommand);
  registerCommands(program, rt, lean ? namedCommand(argv) : undefined);
  return program;
}

/** Parses `argv` and runs what it names; the outcome is an exit code, errors are reported here. */
export async function runProgram(argv: string[], rt: Runtime): Promise<number> {
  await loadLang(helpLang(argv, rt.env));
  // Shell completion, at every Tab: the command table only, no config, schemas or YAML.
  if (argv[2] === "__complete") {
    (await import("./completion/run.js")).runCompletion(buildProgram(argv, rt), argv.slice(3), rt);
    return 0;
  }
  try {
    await buildProgram(argv, rt, true).parseAsync(argv);
    return 0;
  } catch (e) {
    return exitCodeFor(e, rt);
  }
}

const LISTS: Record<NotFound["what"], string> = { entry: "list", action: "actions --all", trashed: "restore --list" };

/** The command that lists the ids an unknown id was looked for among: `empathy list`. */
const idsCommand = (e: NotFound) => `empathy ${e.journal !== undefined ? `--journal ${safeLine(e.journal)} ` : ""}${LISTS[e.what]}`;

/** Error codes by which a file system refuses, as opposed to the tool doing something wrong. */
const REFUSALS = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EISDIR", "ENOTDIR", "ELOOP", "ENAMETOOLONG"]);

/** The exit code of a run that threw `e`, told on stderr as the user's to fix, or as a bug. */
export function exitCodeFor(e: unknown, rt: Runtime): number {
  if (e instanceof CommanderError) {
    // Help and version are successes; everything else commander reports is a usage error.
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof Interrupted) return e.exitCode;
  // Ctrl-C at a prompt outside a flow: nothing to keep, just leave calmly.
  if ((e as Error)?.name === "ExitPromptError") return 130;
  if (e instanceof UserError) {
    rt.stderr.write(`empathy: ${e instanceof NotFound ? t().errors.seeIds(e.message, idsCommand(e)) : e.message}\n`);
    if (rt.env.DEBUG) rt.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  // The disk or its permissions said no: the user's to fix, not a bug.
  const io = e as NodeJS.ErrnoException;
  if (io?.code && REFUSALS.has(io.code)) {
    rt.stderr.write(`empathy: ${t().errors.refused(io.path ? safeLine(io.path) : t().errors.aFile, io.code)}\n`);
    return 1;
  }
  rt.stderr.write(`empathy: ${t().errors.bug}\n${(e as Error)?.stack ?? String(e)}\n`);
  return 70;
}
