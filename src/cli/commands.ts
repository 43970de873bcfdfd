import { Option, type Command } from "commander";
import { PHASES } from "../exercises/phases.js";
import { t } from "../i18n/index.js";
import { EXPORT_FORMATS, REVIEW_FORMATS, SHARE_FORMATS, SUMMARY_FORMATS } from "./formats.js";
import type { Context, GlobalOptions } from "./context.js";

const context = async (cmd: Command): Promise<Context> => (await import("./context.js")).createContext(cmd);

/**
 * The command table. Each command's module, and the context (config, schemas), is imported only
 * when that command runs, so `--help`, `--version` and `nudge` start without prompts, YAML or zod.
 */
export function registerCommands(program: Command): void {
  const m = t().help;
  const examples = (cmd: Command, lines: string[]) =>
    cmd.addHelpText("after", `\n${m.examples}:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`);
  const flowOptions = (cmd: Command) =>
    cmd
      .option("--answers <file>", m.answers)
      .option("--at <datetime>", m.at)
      .option("--exercise <id>", m.exerciseOption)
      .option("--resume", m.resume)
      .option("--discard-draft", m.discardDraft);
  const filterOptions = (cmd: Command) =>
    cmd
      .addOption(new Option("--kind <kind>", m.kind).choices([...PHASES]))
      .option("--customer <name>", m.customerFilter)
      .option("--since <date>", m.since)
      .option("--until <date>", m.until)
      .option("--grep <text>", m.grep)
      .option("--flagged", m.flagged);

  // A word after `empathy` that names no command is a typo, not the home screen's argument.
  program.action(async (_opts, cmd: Command) => {
    const [word] = cmd.args;
    if (word !== undefined) {
      const { closest } = await import("./suggest.js");
      const meant = closest(word, program.commands.map((c) => c.name()));
      return cmd.error(m.unknownCommand(word, meant), { exitCode: 2, code: "commander.unknownCommand" });
    }
    return (await import("./commands/home.js")).home(await context(cmd));
  });
  program.addHelpText("after", `\n${m.examples}:\n  $ empathy\n  $ empathy prep --customer "Acme BV"\n  $ empathy debrief\n  $ empathy daily\n`);

  examples(
    flowOptions(program.command("prep").description(m.prep).option("--customer <name>", m.customer)).action(
      async (opts, cmd: Command) => (await import("./commands/flows.js")).prep(await context(cmd), opts),
    ),
    ['empathy prep --customer "Acme BV"', "empathy prep --customer Acme --answers prep.yaml", "empathy prep --resume"],
  );
  examples(
    flowOptions(
      program.command("debrief").description(m.debrief).option("--customer <name>", m.customer).option("--prep <id>", m.prepId),
    ).action(async (opts, cmd: Command) => (await import("./commands/flows.js")).debrief(await context(cmd), opts)),
    ['empathy debrief --customer "Acme BV"', "empathy debrief --prep 2026-11-24T1030", "cat answers.json | empathy debrief --customer Acme --answers -"],
  );
  examples(
    flowOptions(program.command("daily").description(m.daily)).action(async (opts, cmd: Command) =>
      (await import("./commands/flows.js")).daily(await context(cmd), opts),
    ),
    ["empathy daily", 'empathy daily --at "2026-11-23 18:00"'],
  );

  examples(
    filterOptions(program.command("list").description(m.list))
      .option("--json", m.json)
      .action(async (opts, cmd: Command) => (await import("./commands/list.js")).list(await context(cmd), opts)),
    ["empathy list", "empathy list --kind debrief --since 30d", 'empathy list --customer "Acme BV" --grep price', "empathy list --flagged --json"],
  );
  examples(
    program
      .command("show")
      .description(m.show)
      .argument("<id>", m.entryId)
      .option("--json", m.json)
      .action(async (id: string, opts, cmd: Command) => (await import("./commands/show.js")).show(await context(cmd), id, opts)),
    ["empathy show 2026-11-24T1030-debrief-acme", "empathy show 2026-11-24T10"],
  );
  examples(
    program
      .command("edit")
      .description(m.edit)
      .argument("<id>", m.entryId)
      .action(async (id: string, _opts, cmd: Command) => (await import("./commands/edit.js")).edit(await context(cmd), id)),
    ["empathy edit 2026-11-24T1030", "EDITOR=nano empathy edit 2026-11-24T1030-prep-acme"],
  );
  examples(
    program
      .command("actions")
      .description(m.actions)
      .option("--all", m.allActions)
      .option("--customer <name>", m.customerFilter)
      .option("--json", m.json)
      .action(async (opts, cmd: Command) => (await import("./commands/actions.js")).actions(await context(cmd), opts)),
    ["empathy actions", "empathy actions --all --customer Acme"],
  );
  examples(
    program
      .command("done")
      .description(m.done)
      .argument("<action-id>", m.actionId)
      .option("--undo", m.undo)
      .action(async (id: string, opts, cmd: Command) => (await import("./commands/actions.js")).done(await context(cmd), id, opts)),
    ["empathy done 3f9a1c", "empathy done 3f9a --undo"],
  );
  examples(
    program
      .command("summary")
      .description(m.summary)
      .option("--since <date>", m.summarySince)
      .option("--until <date>", m.summaryUntil)
      .addOption(new Option("--format <format>", m.format).choices([...SUMMARY_FORMATS]))
      .option("--json", m.json)
      .action(async (opts, cmd: Command) => (await import("./commands/summary.js")).summary(await context(cmd), opts)),
    ["empathy summary", "empathy summary --since 12w", "empathy summary --since 2026-01-01 --until 2026-06-30 --format md > h1.md", "empathy summary --json"],
  );
  examples(
    program
      .command("demo")
      .description(m.demo)
      .option("--out <dir>", m.demoOut)
      .option("--seed <n>", m.seed, "1")
      .option("--entries <n>", m.entries, "400")
      .action(async (opts, cmd: Command) => (await import("./commands/demo.js")).demo(await context(cmd), opts)),
    ["empathy demo", "empathy demo --lang nl --out ~/empathy-demo", "empathy --journal ~/empathy-demo summary --since 6m"],
  );
  examples(
    program
      .command("review")
      .description(m.review)
      .argument("<dir...>", m.reviewDirs)
      .option("--since <date>", m.summarySince)
      .option("--until <date>", m.summaryUntil)
      .addOption(new Option("--format <format>", m.format).choices([...REVIEW_FORMATS]).default("text"))
      .option("--out <file>", m.out)
      .option("--sort <key>", m.sort, "name")
      .option("--anonymize", m.anonymize)
      .action(async (dirs: string[], opts, cmd: Command) => (await import("./commands/review.js")).review(await context(cmd), dirs, opts)),
    ["empathy review ~/coaching/anna", "empathy review ~/coaching/team --sort accuracy", "empathy review ~/coaching/team --format html --anonymize --out team.html"],
  );
  examples(
    program
      .command("note")
      .description(m.note)
      .argument("<entry-id>", m.entryId)
      .argument("<text...>", m.noteText)
      .requiredOption("--for <dir>", m.noteFor)
      .action(async (id: string, words: string[], opts, cmd: Command) => (await import("./commands/note.js")).note(await context(cmd), id, words, opts)),
    ['empathy note 2026-11-24T1115 "Ask about the silence after the price" --for ~/coaching/anna'],
  );
  examples(
    program
      .command("share")
      .description(m.share)
      .option("--week", m.week)
      .option("--since <date>", m.shareSince)
      .option("--until <date>", m.summaryUntil)
      .addOption(new Option("--format <format>", m.format).choices([...SHARE_FORMATS]).default("text"))
      .option("--no-anonymize", m.noAnonymize)
      .action(async (opts, cmd: Command) => (await import("./commands/share.js")).share(await context(cmd), opts)),
    ["empathy share", "empathy share --format md > week.md", "empathy share --since 14d"],
  );
  examples(
    filterOptions(program.command("export").description(m.export))
      .addOption(new Option("--format <format>", m.format).choices([...EXPORT_FORMATS]).default("json"))
      .option("--out <file>", m.out)
      .option("--anonymize", m.anonymize)
      .action(async (opts, cmd: Command) => (await import("./commands/export.js")).exportEntries(await context(cmd), opts)),
    ["empathy export --format csv --out journal.csv", "empathy export --format md --since 30d --kind debrief"],
  );
  examples(
    program
      .command("nudge")
      .description(m.nudge)
      .action(async (_opts, cmd: Command) => (await import("./commands/nudge.js")).nudge(cmd.optsWithGlobals<GlobalOptions>())),
    ["echo 'empathy nudge' >> ~/.bashrc"],
  );

  const exercises = program.command("exercises").description(m.exercises);
  examples(
    exercises
      .command("list")
      .description(m.exercisesList)
      .option("--json", m.json)
      .action(async (opts, cmd: Command) => (await import("./commands/exercises.js")).list(await context(cmd), opts)),
    ["empathy exercises list", "empathy exercises list --lang nl"],
  );
  examples(
    exercises
      .command("show")
      .description(m.exercisesShow)
      .argument("<id>", m.exerciseId)
      .option("--json", m.json)
      .action(async (id: string, opts, cmd: Command) => (await import("./commands/exercises.js")).show(await context(cmd), id, opts)),
    ["empathy exercises show debrief", "empathy exercises show prep --json"],
  );
  examples(
    exercises
      .command("validate")
      .description(m.exercisesValidate)
      .argument("<file...>", m.files)
      .action(async (files: string[], _opts, cmd: Command) => (await import("./commands/exercises.js")).validate(await context(cmd), files)),
    ["empathy exercises validate my-prep.yaml"],
  );

  const encryption = program.command("encryption").description(m.encryption);
  const crypto = async () => import("./commands/encryption.js");
  examples(
    encryption
      .command("init")
      .description(m.encryptionInit)
      .option("--no-passphrase", m.noPassphrase)
      .action(async (opts, cmd: Command) => (await crypto()).init(await context(cmd), opts)),
    ["empathy encryption init", "empathy encryption init --no-passphrase"],
  );
  encryption.command("on").description(m.encryptionOn).action(async (_opts, cmd: Command) => (await crypto()).on(await context(cmd)));
  encryption.command("off").description(m.encryptionOff).action(async (_opts, cmd: Command) => (await crypto()).off(await context(cmd)));
  examples(
    encryption
      .command("add-recipient")
      .description(m.addRecipient)
      .argument("<recipient>", m.recipient)
      .action(async (r: string, _opts, cmd: Command) => (await crypto()).addRecipient(await context(cmd), r)),
    ["empathy encryption add-recipient age1…"],
  );
  encryption
    .command("remove-recipient")
    .description(m.removeRecipient)
    .argument("<recipient>", m.recipient)
    .action(async (r: string, _opts, cmd: Command) => (await crypto()).removeRecipient(await context(cmd), r));
  encryption.command("status").description(m.encryptionStatus).action(async (_opts, cmd: Command) => (await crypto()).status(await context(cmd)));

  examples(
    program
      .command("where")
      .description(m.where)
      .option("--json", m.json)
      .action(async (opts, cmd: Command) => (await import("./commands/where.js")).where(await context(cmd), opts)),
    ["empathy where", "empathy --journal ~/team/anna where"],
  );
  // Only now, so that the commands above do not inherit it: their extra words stay errors.
  program.allowExcessArguments(true);
}
