import { Argument, Command, Option } from "./commander.js";
import { t } from "../i18n/index.js";
import { COMMANDS, GROUPS } from "./command-table.js";
import { GLOBAL, type AnyCommand, type ArgumentSpec, type Help, type OptionSpec } from "./command-spec.js";
import { formatOptions } from "./formats.js";
import { globalOptions } from "./globals.js";
import type { Runtime } from "./runtime.js";

export function option(spec: OptionSpec, m: Help): Option {
  const o = new Option(spec.flags, m[spec.help]);
  if (spec.choices) o.choices([...spec.choices]);
  if (spec.default !== undefined) o.default(spec.default);
  if (spec.conflicts) o.conflicts([...spec.conflicts]);
  if (spec.required) o.makeOptionMandatory();
  if (spec.repeatable) o.argParser((v: string, all: string[] = []) => [...all, v]);
  if (spec.env) o.env(spec.env);
  return o;
}

/** The name an argument is given to `run` by: `<action-id>` is `actionId`, `<dir...>` is `dir`. */
const argKey = (a: ArgumentSpec) => a.name.replace(/^[<[]|\.{3}|[>\]]$/g, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** One command of the table on the parser: its words, arguments and options, and its lazy body. */
function register(parent: Command, spec: AnyCommand, rt: Runtime, m: Help): void {
  const cmd = parent.command(spec.name.split(" ").at(-1)!).description(m[spec.description]);
  for (const a of spec.args ?? []) {
    const arg = new Argument(a.name, m[a.help]);
    cmd.addArgument(a.choices ? arg.choices([...a.choices]) : arg);
  }
  for (const o of spec.options ?? []) cmd.addOption(option(o, m));
  if (spec.formats) formatOptions(cmd, spec.formats);
  const examples = typeof spec.examples === "function" ? spec.examples(m) : spec.examples;
  if (examples) cmd.addHelpText("after", `\n${m.examples}:\n${examples.map((l) => `  $ ${l}`).join("\n")}\n`);
  cmd.action(async (...given: unknown[]) => {
    // Commander passes the arguments, then the options, then the command itself.
    const self = given.pop() as Command;
    const opts = given.pop() as Record<string, unknown>;
    const args = Object.fromEntries((spec.args ?? []).map((a, i) => [argKey(a), given[i]]));
    const first = spec.bare ? { rt, globals: globalOptions(self) } : await (await import("./context.js")).createContext(globalOptions(self), rt, undefined, spec.oneLanguage ? "run" : "both");
    // The declarations typed `run`'s options; the parser built them from the same declarations.
    await (spec.run as (first: unknown, given: unknown) => Promise<unknown>)(first, { ...opts, ...args });
  });
}

/** The global options that take a value (`--journal <dir>`), whose value is not a command's name. */
const GLOBAL_VALUES = new Set<string>(GLOBAL.filter((o) => o.flags.includes(" <")).map((o) => o.flags.split(" ")[0]!));

/**
 * The one top-level command `argv` runs, when that is certain before parsing: its name is the
 * first word after the global options, and no help is asked for (help lists the whole table).
 */
export function namedCommand(argv: readonly string[]): AnyCommand | undefined {
  if (argv.includes("-h") || argv.includes("--help")) return undefined;
  for (let i = 2; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === "--") return undefined;
    if (GLOBAL_VALUES.has(w)) i++;
    else if (!w.startsWith("-")) return COMMANDS.find((c) => c.name === w);
  }
  return undefined;
}

/**
 * The command table on the parser. Each command's module, and the context (config, schemas), is
 * imported only when that command runs, so `--help`, `--version` and `nudge` start without
 * prompts, YAML or zod. A run whose command is known beforehand (`namedCommand`) registers that
 * one alone: the parser then builds one command's options, not some thirty commands' (5 % of the
 * CPU time of a summary of an empty journal). It parses the words as the whole table would: a
 * command's options, arguments and errors are its own.
 */
export function registerCommands(program: Command, rt: Runtime, only?: AnyCommand): void {
  const m = t().help;
  if (only) {
    register(program, only, rt, m);
    program.allowExcessArguments(true);
    return;
  }
  // A word after `empathy` that names no command is a typo, not the home screen's argument.
  program.action(async (_opts, cmd: Command) => {
    const [word] = cmd.args;
    if (word !== undefined) {
      const { closest } = await import("./suggest.js");
      const meant = closest(word, program.commands.map((c) => c.name()));
      return cmd.error(m.unknownCommand(word, meant), { exitCode: 2, code: "commander.unknownCommand" });
    }
    return (await import("./commands/home.js")).home(await (await import("./context.js")).createContext(globalOptions(cmd), rt));
  });
  program.addHelpText("after", `\n${m.examples}:\n  $ empathy\n  $ empathy prep --customer "Acme BV"\n  $ empathy debrief\n  $ empathy daily\n`);
  const groups = new Map<string, Command>();
  for (const spec of COMMANDS) {
    const [group] = spec.name.split(" ");
    const groupSpec = spec.name.includes(" ") ? GROUPS.find((g) => g.name === group) : undefined;
    if (groupSpec && !groups.has(groupSpec.name)) groups.set(groupSpec.name, program.command(groupSpec.name).description(m[groupSpec.description]));
    register(groupSpec ? groups.get(groupSpec.name)! : program, spec, rt, m);
  }
  // Only now, so that the commands above do not inherit it: their extra words stay errors.
  program.allowExcessArguments(true);
}
