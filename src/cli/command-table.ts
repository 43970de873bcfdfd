import { PHASES } from "../exercises/phases.js";
import type { Messages } from "../i18n/messages.js";
import { SHELLS } from "./completion/scripts.js";
import type { Context } from "./context.js";
import type { Report } from "./formats.js";
import type { GlobalOptions } from "./globals.js";
import type { Runtime } from "./runtime.js";

type Help = Messages["help"];

export interface OptionSpec {
  flags: string;
  help: (m: Help) => string;
  choices?: readonly string[];
  /** The value when the option is not given (shown in the help). */
  default?: string;
  /** Options (by attribute name) that contradict this one. */
  conflicts?: string[];
  /** Given more than once, the values are kept as a list. */
  repeatable?: boolean;
  required?: boolean;
}

export interface ArgumentSpec {
  /** As the help shows it: `<id>`, `[id]`, `<dir...>`. */
  name: string;
  help: (m: Help) => string;
  choices?: readonly string[];
}

/** What a command without a context gets: the runtime and the global options (no config is read). */
export interface Bare {
  rt: Runtime;
  globals: GlobalOptions;
}

/**
 * The body of a command: the context (or, for a bare one, the runtime), then its arguments in
 * order, then its options. Each body declares the types of its own; the table passes them through.
 */
export type Body = (first: Context & Bare, ...rest: never[]) => Promise<unknown>;

export interface CommandSpec {
  /** `list`, or `exercises list` for a subcommand of a group. */
  name: string;
  description: (m: Help) => string;
  args?: ArgumentSpec[];
  options?: OptionSpec[];
  /** The report whose formats it offers (`--format`, `--json`). */
  formats?: Report;
  examples?: string[];
  /** Runs without a context: nothing is read before the body, which must start at once. */
  bare?: boolean;
  /** The command's module, imported only when it runs, and its body there. */
  load: () => Promise<Body>;
}

export interface GroupSpec {
  name: string;
  description: (m: Help) => string;
}

const FLOW: OptionSpec[] = [
  { flags: "--answers <file>", help: (m) => m.answers },
  { flags: "--at <datetime>", help: (m) => m.at },
  { flags: "--exercise <id>", help: (m) => m.exerciseOption },
  { flags: "--tag <tag>", help: (m) => m.tag, repeatable: true },
  // A draft is resumed or thrown away, and a run from a file keeps none: these contradict.
  { flags: "--resume", help: (m) => m.resume, conflicts: ["discardDraft", "answers"] },
  { flags: "--discard-draft", help: (m) => m.discardDraft },
  { flags: "--full", help: (m) => m.full, conflicts: ["quick"] },
  { flags: "--quick", help: (m) => m.quick, conflicts: ["full"] },
];

const FILTER: OptionSpec[] = [
  { flags: "--kind <kind>", help: (m) => m.kind, choices: PHASES },
  { flags: "--customer <name>", help: (m) => m.customerFilter },
  { flags: "--since <date>", help: (m) => m.since },
  { flags: "--until <date>", help: (m) => m.until },
  { flags: "--grep <text>", help: (m) => m.grep },
  { flags: "--tag <tag>", help: (m) => m.tagFilter },
  { flags: "--flagged", help: (m) => m.flagged },
];

const PERIOD: OptionSpec[] = [
  { flags: "--since <date>", help: (m) => m.summarySince },
  { flags: "--until <date>", help: (m) => m.summaryUntil },
];

const ENTRY_ID: ArgumentSpec = { name: "<id>", help: (m) => m.entryId };
const customer: OptionSpec = { flags: "--customer <name>", help: (m) => m.customer };

export const GROUPS: GroupSpec[] = [
  { name: "exercises", description: (m) => m.exercises },
  { name: "encryption", description: (m) => m.encryption },
  { name: "config", description: (m) => m.config },
];

/**
 * Every command, in the order of the help. Only the names, words and options live here; a
 * command's module (and what it imports) is loaded when the command runs.
 */
export const COMMANDS: CommandSpec[] = [
  {
    name: "prep",
    description: (m) => m.prep,
    options: [customer, { flags: "--recap", help: (m) => m.recap }, ...FLOW],
    examples: ['empathy prep --customer "Acme BV"', "empathy prep --customer Acme --tag renewal", "empathy prep --customer Acme --answers prep.yaml", "empathy prep --resume", "empathy prep --full", "empathy prep --recap --customer Acme"],
    load: async () => (await import("./commands/flows.js")).prep,
  },
  {
    name: "debrief",
    description: (m) => m.debrief,
    options: [customer, { flags: "--prep <id>", help: (m) => m.prepId }, ...FLOW],
    examples: ['empathy debrief --customer "Acme BV"', "empathy debrief --prep 2026-11-24T1030", "cat answers.json | empathy debrief --customer Acme --answers -"],
    load: async () => (await import("./commands/flows.js")).debrief,
  },
  {
    name: "daily",
    description: (m) => m.daily,
    options: FLOW,
    examples: ["empathy daily", 'empathy daily --at "2026-11-23 18:00"'],
    load: async () => (await import("./commands/flows.js")).daily,
  },
  {
    name: "list",
    description: (m) => m.list,
    options: [...FILTER, { flags: "-n, --number <n>", help: (m) => m.number }],
    formats: "record",
    examples: ["empathy list", "empathy list --kind debrief --since 30d", 'empathy list --customer "Acme BV" --grep price', "empathy list --flagged --json", "empathy list -n 5", "empathy list --tag renewal"],
    load: async () => (await import("./commands/list.js")).list,
  },
  {
    name: "show",
    description: (m) => m.show,
    args: [ENTRY_ID],
    formats: "record",
    examples: ["empathy show last", "empathy show 2026-11-24T1030-debrief-acme", "empathy show 2026-11-24T10"],
    load: async () => (await import("./commands/show.js")).show,
  },
  {
    name: "edit",
    description: (m) => m.edit,
    args: [ENTRY_ID],
    examples: ["empathy edit last", "empathy edit 2026-11-24T1030", "EDITOR=nano empathy edit 2026-11-24T1030-prep-acme"],
    load: async () => (await import("./commands/edit.js")).edit,
  },
  {
    name: "delete",
    description: (m) => m.delete,
    args: [ENTRY_ID],
    examples: ["empathy delete 2026-11-24T1030-prep-acme", "empathy delete last"],
    load: async () => (await import("./commands/trash.js")).deleteEntry,
  },
  {
    name: "restore",
    description: (m) => m.restore,
    args: [{ name: "[id]", help: (m) => m.trashedId }],
    options: [{ flags: "--list", help: (m) => m.trashList }],
    examples: ["empathy restore --list", "empathy restore 2026-11-24T1030-prep-acme"],
    load: async () => (await import("./commands/trash.js")).restore,
  },
  {
    name: "actions",
    description: (m) => m.actions,
    options: [{ flags: "--all", help: (m) => m.allActions }, { flags: "--customer <name>", help: (m) => m.customerFilter }],
    formats: "record",
    examples: ["empathy actions", "empathy actions --all --customer Acme"],
    load: async () => (await import("./commands/actions.js")).actions,
  },
  {
    name: "done",
    description: (m) => m.done,
    args: [{ name: "<action-id>", help: (m) => m.actionId }],
    options: [{ flags: "--undo", help: (m) => m.undo }],
    formats: "record",
    examples: ["empathy done 3f9a1c", "empathy done 3f9a --undo"],
    load: async () => (await import("./commands/actions.js")).done,
  },
  {
    name: "summary",
    description: (m) => m.summary,
    options: PERIOD,
    formats: "summary",
    examples: ["empathy summary", "empathy summary --since 12w", "empathy summary --since 2026-01-01 --until 2026-06-30 --format md > h1.md", "empathy summary --json"],
    load: async () => (await import("./commands/summary.js")).summary,
  },
  {
    name: "demo",
    description: (m) => m.demo,
    options: [
      { flags: "--out <dir>", help: (m) => m.demoOut },
      { flags: "--seed <n>", help: (m) => m.seed, default: "1" },
      { flags: "--entries <n>", help: (m) => m.entries, default: "400" },
    ],
    examples: ["empathy demo", "empathy demo --lang nl --out ~/empathy-demo", "empathy --journal ~/empathy-demo summary --since 6m"],
    load: async () => (await import("./commands/demo.js")).demo,
  },
  {
    name: "review",
    description: (m) => m.review,
    args: [{ name: "<dir...>", help: (m) => m.reviewDirs }],
    options: [
      ...PERIOD,
      { flags: "--out <file>", help: (m) => m.out },
      { flags: "--sort <key>", help: (m) => m.sort, default: "name" },
      { flags: "--anonymize", help: (m) => m.anonymize },
      { flags: "--details", help: (m) => m.details },
    ],
    formats: "review",
    examples: ["empathy review ~/coaching/anna", "empathy review ~/coaching/team --sort accuracy", "empathy review ~/coaching/team --format html --anonymize --out team.html"],
    load: async () => (await import("./commands/review.js")).review,
  },
  {
    name: "note",
    description: (m) => m.note,
    args: [{ name: "<entry-id>", help: (m) => m.entryId }, { name: "<text...>", help: (m) => m.noteText }],
    options: [{ flags: "--for <dir>", help: (m) => m.noteFor, required: true }],
    formats: "record",
    examples: ['empathy note 2026-11-24T1115 "Ask about the silence after the price" --for ~/coaching/anna'],
    load: async () => (await import("./commands/note.js")).note,
  },
  {
    name: "share",
    description: (m) => m.share,
    options: [
      { flags: "--week", help: (m) => m.week },
      { flags: "--since <date>", help: (m) => m.shareSince },
      { flags: "--until <date>", help: (m) => m.summaryUntil },
      { flags: "--no-anonymize", help: (m) => m.noAnonymize },
    ],
    formats: "share",
    examples: ["empathy share", "empathy share --format md > week.md", "empathy share --since 14d"],
    load: async () => (await import("./commands/share.js")).share,
  },
  {
    name: "export",
    description: (m) => m.export,
    options: [
      ...FILTER,
      { flags: "--excel", help: (m) => m.excel },
      { flags: "--wide", help: (m) => m.wide },
      { flags: "--out <file>", help: (m) => m.out },
      { flags: "--anonymize", help: (m) => m.anonymize },
    ],
    formats: "export",
    examples: ["empathy export --format csv --out journal.csv", "empathy export --format csv --excel --wide --out journal.csv", "empathy export --format md --since 30d --kind debrief"],
    load: async () => (await import("./commands/export.js")).exportEntries,
  },
  {
    name: "status",
    description: (m) => m.status,
    formats: "record",
    examples: ["empathy status", "empathy status --json"],
    load: async () => (await import("./commands/home.js")).status,
  },
  {
    name: "nudge",
    description: (m) => m.nudge,
    examples: ["echo 'empathy nudge' >> ~/.bashrc"],
    bare: true,
    load: async () => (await import("./commands/nudge.js")).nudge,
  },
  {
    name: "exercises list",
    description: (m) => m.exercisesList,
    formats: "record",
    examples: ["empathy exercises list", "empathy exercises list --lang nl"],
    load: async () => (await import("./commands/exercises.js")).list,
  },
  {
    name: "exercises show",
    description: (m) => m.exercisesShow,
    args: [{ name: "<id>", help: (m) => m.exerciseId }],
    formats: "record",
    examples: ["empathy exercises show debrief", "empathy exercises show prep --json"],
    load: async () => (await import("./commands/exercises.js")).show,
  },
  {
    name: "exercises validate",
    description: (m) => m.exercisesValidate,
    args: [{ name: "<file...>", help: (m) => m.files }],
    examples: ["empathy exercises validate my-prep.yaml"],
    load: async () => (await import("./commands/exercises.js")).validate,
  },
  {
    name: "encryption init",
    description: (m) => m.encryptionInit,
    options: [{ flags: "--no-passphrase", help: (m) => m.noPassphrase }],
    examples: ["empathy encryption init", "empathy encryption init --no-passphrase"],
    load: async () => (await import("./commands/encryption.js")).init,
  },
  { name: "encryption on", description: (m) => m.encryptionOn, load: async () => (await import("./commands/encryption.js")).on },
  { name: "encryption off", description: (m) => m.encryptionOff, load: async () => (await import("./commands/encryption.js")).off },
  {
    name: "encryption add-recipient",
    description: (m) => m.addRecipient,
    args: [{ name: "<recipient>", help: (m) => m.recipient }],
    examples: ["empathy encryption add-recipient age1…"],
    load: async () => (await import("./commands/encryption.js")).addRecipient,
  },
  {
    name: "encryption remove-recipient",
    description: (m) => m.removeRecipient,
    args: [{ name: "<recipient>", help: (m) => m.recipient }],
    load: async () => (await import("./commands/encryption.js")).removeRecipient,
  },
  { name: "encryption status", description: (m) => m.encryptionStatus, load: async () => (await import("./commands/encryption.js")).status },
  {
    name: "where",
    description: (m) => m.where,
    formats: "record",
    examples: ["empathy where", "empathy --journal ~/team/anna where"],
    load: async () => (await import("./commands/where.js")).where,
  },
  { name: "config list", description: (m) => m.configList, examples: ["empathy config list"], load: async () => (await import("./commands/config.js")).configList },
  {
    name: "config get",
    description: (m) => m.configGet,
    args: [{ name: "<key>", help: (m) => m.configKey }],
    examples: ["empathy config get lang"],
    load: async () => (await import("./commands/config.js")).configGet,
  },
  {
    name: "config set",
    description: (m) => m.configSet,
    args: [{ name: "<key>", help: (m) => m.configKey }, { name: "<value>", help: (m) => m.configValue }],
    examples: ["empathy config set lang nl", "empathy config set workdays 1,2,3,4", "empathy config set streakGraceDays 1", "empathy config set depth quick"],
    load: async () => (await import("./commands/config.js")).configSet,
  },
  {
    name: "completion",
    description: (m) => m.completion,
    args: [{ name: "<shell>", help: (m) => m.shell, choices: SHELLS }],
    examples: ["source <(empathy completion bash)", "empathy completion fish > ~/.config/fish/completions/empathy.fish"],
    bare: true,
    load: async () => (await import("./completion/print.js")).printScript,
  },
];
