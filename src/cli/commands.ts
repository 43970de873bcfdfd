import { Argument, Command, Option } from "commander";
import { t } from "../i18n/index.js";
import { COMMANDS, GROUPS } from "./command-table.js";
import type { CommandSpec, Help, OptionSpec } from "./command-spec.js";
import { formatOptions } from "./formats.js";
import { globalOptions } from "./globals.js";
import type { Runtime } from "./runtime.js";


function option(spec: OptionSpec, m: Help): Option {
  const o = new Option(spec.flags, spec.help(m));
  if (spec.choices) o.choices([...spec.choices]);
  if (spec.default !== undefined) o.default(spec.default);
  if (spec.conflicts) o.conflicts(spec.conflicts);
  if (spec.required) o.makeOptionMandatory();
  if (spec.repeatable) o.argParser((v: string, all: string[] = []) => [...all, v]);
  return o;
}

/** One command of the table on the parser: its words, arguments and options, and its lazy body. */
function register(parent: Command, spec: CommandSpec, rt: Runtime, m: Help): void {
  const cmd = parent.command(spec.name.split(" ").at(-1)!).description(spec.description(m));
  for (const a of spec.args ?? []) {
    const arg = new Argument(a.name, a.help(m));
    cmd.addArgument(a.choices ? arg.choices([...a.choices]) : arg);
  }
  for (const o of spec.options ?? []) cmd.addOption(option(o, m));
  if (spec.formats) formatOptions(cmd, spec.formats);
  const examples = typeof spec.examples === "function" ? spec.examples(m) : spec.examples;
  if (examples) cmd.addHelpText("after", `\n${m.examples}:\n${examples.map((l) => `  $ ${l}`).join("\n")}\n`);
  cmd.action(async (...given: unknown[]) => {
    // Commander passes the arguments, then the options, then the command itself.
    const self = given.pop() as Command;
    const rest = given as never[];
    const globals = globalOptions(self);
    const [body, first] = await Promise.all([spec.load(), spec.bare ? { rt, globals } : import("./context.js").then((c) => c.createContext(self, rt))]);
    await body(first as never, ...rest);
  });
}

/**
 * The command table on the parser. Each command's module, and the context (config, schemas), is
 * imported only when that command runs, so `--help`, `--version` and `nudge` start without
 * prompts, YAML or zod.
 */
export function registerCommands(program: Command, rt: Runtime): void {
  const m = t().help;
  // A word after `empathy` that names no command is a typo, not the home screen's argument.
  program.action(async (_opts, cmd: Command) => {
    const [word] = cmd.args;
    if (word !== undefined) {
      const { closest } = await import("./suggest.js");
      const meant = closest(word, program.commands.map((c) => c.name()));
      return cmd.error(m.unknownCommand(word, meant), { exitCode: 2, code: "commander.unknownCommand" });
    }
    return (await import("./commands/home.js")).home(await (await import("./context.js")).createContext(cmd, rt));
  });
  program.addHelpText("after", `\n${m.examples}:\n  $ empathy\n  $ empathy prep --customer "Acme BV"\n  $ empathy debrief\n  $ empathy daily\n`);
  const groups = new Map<string, Command>();
  for (const spec of COMMANDS) {
    const [group] = spec.name.split(" ");
    const groupSpec = spec.name.includes(" ") ? GROUPS.find((g) => g.name === group) : undefined;
    if (groupSpec && !groups.has(groupSpec.name)) groups.set(groupSpec.name, program.command(groupSpec.name).description(groupSpec.description(m)));
    register(groupSpec ? groups.get(groupSpec.name)! : program, spec, rt, m);
  }
  // Only now, so that the commands above do not inherit it: their extra words stay errors.
  program.allowExcessArguments(true);
}
