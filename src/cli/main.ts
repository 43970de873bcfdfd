import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { Interrupted, NotFound, UserError } from "../errors.js";
import { langFromLocale, isLang, LANGS } from "../i18n/lang.js";
import { setLang, t } from "../i18n/index.js";
import { registerCommands } from "./commands.js";
import { errorWords, helpWords } from "./parser-words.js";
import { safeLine } from "../data/safe-text.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/** The language of help texts: `--lang` or the locale (the config is read only when a command runs). */
function helpLang(argv: string[]) {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return isLang(v) ? v : langFromLocale();
}

export function buildProgram(argv: string[]): Command {
  setLang(helpLang(argv));
  const m = t();
  const program = new Command("empathy")
    .description(m.help.program)
    .version(version(), "-V, --version", m.help.version)
    .helpOption("-h, --help", m.help.help)
    .addOption(new Option("--journal <dir>", m.help.journal).env("EMPATHY_JOURNAL"))
    .addOption(new Option("--lang <lang>", m.help.lang).choices(LANGS))
    .option("--no-cache", m.help.noCache)
    .addOption(new Option("--identity <file>", m.help.identity).env("EMPATHY_IDENTITY"))
    .showSuggestionAfterError()
    .exitOverride()
    .configureHelp(helpWords(m.parser))
    // One style for every error line: the parser's own "error: …" reads like the tool's "empathy: …".
    .configureOutput({ outputError: (str, write) => write(str.startsWith("empathy: ") ? str : errorWords(str, m.parser)) });
  program.helpCommand("help [command]", m.help.helpCommand);
  registerCommands(program);
  return program;
}

/** The one place that turns outcomes into exit codes and error output. */
export async function main(argv: string[]): Promise<void> {
  // A reader that went away (`| head`) is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  // Shell completion, at every Tab: the command table only, no config, schemas or YAML.
  if (argv[2] === "__complete") return (await import("./completion/run.js")).runCompletion(buildProgram(argv), argv.slice(3));
  try {
    await buildProgram(argv).parseAsync(argv);
  } catch (e) {
    process.exitCode = exitCodeFor(e);
  }
}

const LISTS: Record<NotFound["what"], string> = { entry: "list", action: "actions --all", trashed: "restore --list" };

/** The command that lists the ids an unknown id was looked for among: `empathy list`. */
const idsCommand = (e: NotFound) => `empathy ${e.journal !== undefined ? `--journal ${safeLine(e.journal)} ` : ""}${LISTS[e.what]}`;

/** Error codes by which a file system refuses, as opposed to the tool doing something wrong. */
const REFUSALS = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EISDIR", "ENOTDIR", "ELOOP", "ENAMETOOLONG"]);

function exitCodeFor(e: unknown): number {
  if (e instanceof CommanderError) {
    // Help and version are successes; everything else commander reports is a usage error.
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof Interrupted) return e.exitCode;
  // Ctrl-C at a prompt outside a flow: nothing to keep, just leave calmly.
  if ((e as Error)?.name === "ExitPromptError") return 130;
  if (e instanceof UserError) {
    process.stderr.write(`empathy: ${e instanceof NotFound ? t().errors.seeIds(e.message, idsCommand(e)) : e.message}\n`);
    if (process.env.DEBUG) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  // The disk or its permissions said no: the user's to fix, not a bug.
  const io = e as NodeJS.ErrnoException;
  if (io?.code && REFUSALS.has(io.code)) {
    process.stderr.write(`empathy: ${t().errors.refused(io.path ? safeLine(io.path) : t().errors.aFile, io.code)}\n`);
    return 1;
  }
  process.stderr.write(`empathy: ${t().errors.bug}\n${(e as Error)?.stack ?? String(e)}\n`);
  return 70;
}
