import type { Command } from "commander";
import { t } from "../i18n/index.js";
import { createContext } from "./context.js";

/**
 * The command table. Each command's module is imported only when it runs, so `--help`,
 * `--version` and `nudge` start without loading prompts, YAML or zod.
 */
export function registerCommands(program: Command): void {
  const m = t().help;
  const examples = (cmd: Command, lines: string[]) =>
    cmd.addHelpText("after", `\n${m.examples}:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`);

  const exercises = program.command("exercises").description(m.exercises);
  examples(
    exercises
      .command("list")
      .description(m.exercisesList)
      .option("--json", m.json)
      .action(async (opts, cmd: Command) => (await import("./commands/exercises.js")).list(await createContext(cmd), opts)),
    ["empathy exercises list", "empathy exercises list --lang nl"],
  );
  examples(
    exercises
      .command("show")
      .description(m.exercisesShow)
      .argument("<id>", m.exerciseId)
      .option("--json", m.json)
      .action(async (id: string, opts, cmd: Command) =>
        (await import("./commands/exercises.js")).show(await createContext(cmd), id, opts),
      ),
    ["empathy exercises show debrief", "empathy exercises show prep --json"],
  );
  examples(
    exercises
      .command("validate")
      .description(m.exercisesValidate)
      .argument("<file...>", m.files)
      .action(async (files: string[], _opts, cmd: Command) =>
        (await import("./commands/exercises.js")).validate(await createContext(cmd), files),
      ),
    ["empathy exercises validate my-prep.yaml"],
  );

  examples(
    program
      .command("where")
      .description(m.where)
      .option("--json", m.json)
      .action(async (opts, cmd: Command) => (await import("./commands/where.js")).where(await createContext(cmd), opts)),
    ["empathy where", "empathy --journal ~/team/anna where"],
  );
}
