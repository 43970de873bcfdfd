import { PHASES } from "../exercises/phases.js";
import type { Messages } from "../i18n/messages.js";
import type { Context } from "./context.js";
import type { Report } from "./formats.js";
import type { GlobalOptions } from "./globals.js";
import type { Runtime } from "./runtime.js";

export type Help = Messages["help"];

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
  /** Lines of the help's examples; a function where they quote the catalogue. */
  examples?: string[] | ((m: Help) => string[]);
  /** Runs without a context: nothing is read before the body, which must start at once. */
  bare?: boolean;
  /** The command's module, imported only when it runs, and its body there. */
  load: () => Promise<Body>;
}

export interface GroupSpec {
  name: string;
  description: (m: Help) => string;
}

/** The options every guided flow takes. */
export const FLOW: OptionSpec[] = [
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

/** The filters of a listing of entries. */
export const FILTER: OptionSpec[] = [
  { flags: "--kind <kind>", help: (m) => m.kind, choices: PHASES },
  { flags: "--customer <name>", help: (m) => m.customerFilter },
  { flags: "--since <date>", help: (m) => m.since },
  { flags: "--until <date>", help: (m) => m.until },
  { flags: "--grep <text>", help: (m) => m.grep },
  { flags: "--tag <tag>", help: (m) => m.tagFilter },
  { flags: "--flagged", help: (m) => m.flagged },
];

/** The period of a report. */
export const PERIOD: OptionSpec[] = [
  { flags: "--since <date>", help: (m) => m.summarySince },
  { flags: "--until <date>", help: (m) => m.summaryUntil },
];

export const ENTRY_ID: ArgumentSpec = { name: "<id>", help: (m) => m.entryId };
export const CUSTOMER: OptionSpec = { flags: "--customer <name>", help: (m) => m.customer };
export const CHANNEL: OptionSpec = { flags: "--channel <channel>", help: (m) => m.channel };
