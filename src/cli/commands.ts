import { Argument, Option, type Command } from "commander";
import { PHASES } from "../exercises/phases.js";
import { SHELLS, type Shell } from "./completion/scripts.js";
import { t } from "../i18n/index.js";
import { EXPORT_FORMATS, REVIEW_FORMATS, SHARE_FORMATS, SUMMARY_FORMATS } from "./formats.js";
import type { Context } from "./context.js";
import { globalOptions } from "./globals.js";
import type { Runtime } from "./runtime.js";

/**
 * The command table. Each command's module, and the context (config, schemas), is imported only
 * when that command runs, so `--help`, `--version` and `nudge` start without prompts, YAML or zod.
 */
export function registerCommands(program: Command, rt: Runtime): void {
  const m = t().help;
  const context = async (cmd: Command): Promise<Context> => (await import("./context.js")).createContext(cmd, rt);
  const examples = (cmd: Command, lines: string[]) =>
    cmd.addHelpText("after", `\n${m.examples}:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`);
  const flowOptions = (cmd: Command) =>
    cmd
      .option("--answers <file>", m.answers)
      .option("--at <datetime>", m.at)
      .option("--exercise <id>", m.exerciseOption)
      .option("--tag <tag>", m.tag, (v: string, all: string[] = []) => [...all, v])
      // A draft is resumed or thrown away, and a run from a file keeps none: these contradict.
      .addOption(new Option("--resume", m.resume).conflicts(["discardDraft", "answers"]))
      .option("--discard-draft", m.discardDraft)
      .addOption(new Option("--full", m.full).conflicts("quick"))
      .addOption(new Option("--quick", m.quick).conflicts("full"));
  const filterOptions = (cmd: Command) =>
    cmd
      .addOption(new Option("--kind <kind>", m.kind).choices([...PHASES]))
      .option("--customer <name>", m.customerFilter)
      .option("--since <date>", m.since)
      .option("--until <date>", m.until)
      .option("--grep <text>", m.grep)
      .option("--tag <tag>", m.tagFilter)
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
    flowOptions(program.command("prep").description(m.prep).option("--customer <name>", m.customer).option("--recap", m.recap)).action(
      async (opts, cmd: Command) => (await import("./commands/flows.js")).prep(await context(cmd), opts),
    ),
    ['empathy prep --customer "Acme BV"', "empathy prep --customer Acme --tag renewal", "empathy prep --customer Acme --answers prep.yaml", "empathy prep --resume", "empathy prep --full", "empathy prep --recap --customer Acme"],
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
      .option("-n, --number <n>", m.number)
      .option("--json", m.json)
      .action(async (opts, cmd: Command) => (await import("./commands/list.js")).list(await context(cmd), opts)),
    ["empathy list", "empathy list --kind debrief --since 30d", 'empathy list --customer "Acme BV" --grep price', "empathy list --flagged --json", "empathy list -n 5", "empathy list --tag renewal"],
  );
  examples(
    program
      .command("show")
      .description(m.show)
      .argument("<id>", m.entryId)
      .option("--json", m.json)
      .action(async (id: string, opts, cmd: Command) => (await import("./commands/show.js")).show(await context(cmd), id, opts)),
    ["empathy show last", "empathy show 2026-11-24T1030-debrief-acme", "empathy show 2026-11-24T10"],
  );
  /** A command that takes one entry id and nothing else. */
  const entryCommand = (name: string, description: string, act: (ctx: Context, id: string) => Promise<void>, lines: string[]) =>
    examples(
      program
        .command(name)
        .description(description)
        .argument("<id>", m.entryId)
        .action(async (id: string, _opts, cmd: Command) => act(await context(cmd), id)),
      lines,
    );
  entryCommand("edit", m.edit, async (ctx, id) => (await import("./commands/edit.js")).edit(ctx, id), [
    "empathy edit last",
    "empathy edit 2026-11-24T1030",
    "EDITOR=nano empathy edit 2026-11-24T1030-prep-acme",
  ]);
  entryCommand("delete", m.delete, async (ctx, id) => (await import("./commands/trash.js")).deleteEntry(ctx, id), [
    "empathy delete 2026-11-24T1030-prep-acme",
    "empathy delete last",
  ]);
  examples(
    program
      .command("restore")
      .description(m.restore)
      .argument("[id]", m.trashedId)
      .option("--list", m.trashList)
      .action(async (id: string | undefined, opts, cmd: Command) => (await import("./commands/trash.js")).restore(await context(cmd), id, opts)),
    ["empathy restore --list", "empathy restore 2026-11-24T1030-prep-acme"],
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
      .option("--json", m.json)
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
      .option("--details", m.details)
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
      .option("--json", m.json)
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
      .addOption(new Option("--format <format>", m.format).choices([...SHARE_FORMATS]))
      .option("--json", m.json)
      .option("--no-anonymize", m.noAnonymize)
      .action(async (opts, cmd: Command) => (await import("./commands/share.js")).share(await context(cmd), opts)),
    ["empathy share", "empathy share --format md > week.md", "empathy share --since 14d"],
  );
  examples(
    filterOptions(program.command("export").description(m.export))
      .addOption(new Option("--format <format>", m.format).choices([...EXPORT_FORMATS]).default("json"))
      .option("--excel", m.excel)
      .option("--wide", m.wide)
      .option("--out <file>", m.out)
      .option("--anonymize", m.anonymize)
      .action(async (opts, cmd: Command) => (await import("./commands/export.js")).exportEntries(await context(cmd), opts)),
    ["empathy export --format csv --out journal.csv", "empathy export --format csv --excel --wide --out journal.csv", "empathy export --format md --since 30d --kind debrief"],
  );
  examples(
    program
      .command("status")
      .description(m.status)
      .option("--json", m.json)
      .action(async (opts, cmd: Command) => {
        await (await import("./commands/home.js")).status(await context(cmd), opts);
      }),
    ["empathy status", "empathy status --json"],
  );
  examples(
    program
      .command("nudge")
      .description(m.nudge)
      .action(async (_opts, cmd: Command) => (await import("./commands/nudge.js")).nudge(globalOptions(cmd), rt)),
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
  const config = program.command("config").description(m.config);
  examples(
    config
      .command("list")
      .description(m.configList)
      .action(async (_opts, cmd: Command) => (await import("./commands/config.js")).configList(await context(cmd))),
    ["empathy config list"],
  );
  examples(
    config
      .command("get")
      .description(m.configGet)
      .argument("<key>", m.configKey)
      .action(async (key: string, _opts, cmd: Command) => (await import("./commands/config.js")).configGet(await context(cmd), key)),
    ["empathy config get lang"],
  );
  examples(
    config
      .command("set")
      .description(m.configSet)
      .argument("<key>", m.configKey)
      .argument("<value>", m.configValue)
      .action(async (key: string, value: string, _opts, cmd: Command) => (await import("./commands/config.js")).configSet(await context(cmd), key, value)),
    ["empathy config set lang nl", "empathy config set workdays 1,2,3,4", "empathy config set streakGraceDays 1", "empathy config set depth quick"],
  );
  examples(
    program
      .command("completion")
      .description(m.completion)
      .addArgument(new Argument("<shell>", m.shell).choices(SHELLS))
      .action(async (shell: Shell) => {
        rt.stdout.write((await import("./completion/scripts.js")).SCRIPTS[shell]);
      }),
    ["source <(empathy completion bash)", "empathy completion fish > ~/.config/fish/completions/empathy.fish"],
  );
  // Only now, so that the commands above do not inherit it: their extra words stay errors.
  program.allowExcessArguments(true);
}
