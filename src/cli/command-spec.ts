import { PHASES } from "../exercises/phases.js";
import { LANGS } from "../i18n/lang.js";
import type { Messages } from "../i18n/messages.js";
import type { Context } from "./context.js";
import type { FormatOptions, Report } from "./formats.js";
import type { GlobalOptions } from "./globals.js";
import type { Runtime } from "./runtime.js";

export type Help = Messages["help"];
/** A help text by its key in the catalogue (`help.list`): a plain word, so that the declarations stay literal. */
export type HelpKey = { [K in keyof Help]: Help[K] extends string ? K : never }[keyof Help];

export interface OptionSpec {
  /** As commander takes them: `--since <date>`, `-n, --number <n>`, `--no-anonymize`. */
  flags: string;
  help: HelpKey;
  choices?: readonly string[];
  /** The value when the option is not given (shown in the help). */
  default?: string;
  /** Options (by attribute name) that contradict this one. */
  conflicts?: readonly string[];
  /** Given more than once, the values are kept as a list. */
  repeatable?: boolean;
  required?: boolean;
  /** The environment variable that gives the value when the option is not given. */
  env?: string;
}

export interface ArgumentSpec {
  /** As the help shows it: `<id>`, `[id]`, `<dir...>`. */
  name: string;
  help: HelpKey;
  choices?: readonly string[];
}

/** What a command without a context gets: the runtime and the global options (no config is read). */
export interface Bare {
  rt: Runtime;
  globals: GlobalOptions;
}

/*
 * The type of a command's options is read off its declarations, so that a body cannot expect an
 * option the parser does not give, nor miss a default: `--discard-draft <x>` is `discardDraft:
 * string`, `--no-anonymize` is `anonymize: boolean`, an argument `<dir...>` is `dir: string[]`.
 */
type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type LongFlag<F extends string> = F extends `${string}--${infer Rest}` ? (Rest extends `${infer N} ${string}` ? N : Rest) : never;
type OptionKey<F extends string> = LongFlag<F> extends `no-${infer N}` ? Camel<N> : Camel<LongFlag<F>>;
type Choice<O> = O extends { choices: readonly (infer C)[] } ? C : string;
type OptionValue<O extends OptionSpec> = O["flags"] extends `${string}<${string}>` ? (O extends { repeatable: true } ? string[] : Choice<O>) : boolean;
/** Given a default, required, or a negation (which commander sets to true), the option is always there. */
type Always<O extends OptionSpec> = O extends { default: string } | { required: true } ? true : LongFlag<O["flags"]> extends `no-${string}` ? true : false;

type ArgKey<N extends string> = Camel<N extends `${"<" | "["}${infer I}${">" | "]"}` ? (I extends `${infer J}...` ? J : I) : N>;
type ArgValue<A extends ArgumentSpec> = A["name"] extends `${string}...${string}` ? string[] : Choice<A>;

type Flat<T> = { [K in keyof T]: T[K] };

/** Nothing to map (no options, no arguments) gives no keys, not an index of nevers. */
type Keyed<U, T> = [U] extends [never] ? unknown : T;

export type OptionsOf<O extends readonly OptionSpec[]> = Keyed<
  O[number],
  { [X in O[number] as Always<X> extends true ? OptionKey<X["flags"]> : never]: OptionValue<X> } & {
    [X in O[number] as Always<X> extends true ? never : OptionKey<X["flags"]>]?: OptionValue<X>;
  }
>;
export type ArgsOf<A extends readonly ArgumentSpec[]> = Keyed<
  A[number],
  { [X in A[number] as X["name"] extends `[${string}` ? never : ArgKey<X["name"]>]: ArgValue<X> } & {
    [X in A[number] as X["name"] extends `[${string}` ? ArgKey<X["name"]> : never]?: ArgValue<X>;
  }
>;
type FormatsOf<R> = R extends Report ? FormatOptions<R> : unknown;

/** What a command's `run` is given after the context: its arguments (by name) and options. */
export type Given<O extends readonly OptionSpec[], A extends readonly ArgumentSpec[], R> = Flat<OptionsOf<O> & ArgsOf<A> & FormatsOf<R>>;

export interface CommandSpec<O extends readonly OptionSpec[] = readonly OptionSpec[], A extends readonly ArgumentSpec[] = readonly ArgumentSpec[], R extends Report | undefined = Report | undefined, B extends boolean = boolean> {
  /** `list`, or `exercises list` for a subcommand of a group. */
  name: string;
  description: HelpKey;
  args?: A;
  options?: O;
  /** The report whose formats it offers (`--format`, `--json`). */
  formats?: R;
  /** Lines of the help's examples; a function where they quote the catalogue. */
  examples?: readonly string[] | ((m: Help) => readonly string[]);
  /** Runs without a context: nothing is read before the body, which must start at once. */
  bare?: B;
  /**
   * Speaks only the run's language (a report: no resumed draft goes on in the other one), so the
   * other language's messages are not loaded.
   */
  oneLanguage?: boolean;
  /** Imports the command's body, only when it runs, and runs it. */
  run: (first: B extends true ? Bare : Context, given: Given<O, A, R>) => Promise<unknown>;
}

/** A command of the table, whatever its options: only the parser calls its `run`. */
export type AnyCommand = Omit<CommandSpec, "run"> & { run: (first: never, given: never) => Promise<unknown> };

/** Declares a command, keeping the literal flags and names its options' type is read from. */
export function command<const O extends readonly OptionSpec[] = [], const A extends readonly ArgumentSpec[] = [], const R extends Report | undefined = undefined, const B extends boolean = false>(
  spec: CommandSpec<O, A, R, B>,
): CommandSpec<O, A, R, B> {
  return spec;
}

/** The options a declared command's body is given. */
export type OptionsOfCommand<C> = C extends CommandSpec<infer O, infer A, infer R> ? Given<O, A, R> : never;

export interface GroupSpec {
  name: string;
  description: HelpKey;
}

/** The options of every command, given before or after its name. */
export const GLOBAL = [
  { flags: "--journal <dir>", help: "journal", env: "EMPATHY_JOURNAL" },
  { flags: "--lang <lang>", help: "lang", choices: LANGS },
  { flags: "--no-cache", help: "noCache" },
  { flags: "--identity <file>", help: "identity", env: "EMPATHY_IDENTITY" },
] as const satisfies readonly OptionSpec[];

/** The options every guided flow takes. */
export const FLOW = [
  { flags: "--answers <file>", help: "answers" },
  { flags: "--at <datetime>", help: "at" },
  { flags: "--exercise <id>", help: "exerciseOption" },
  { flags: "--tag <tag>", help: "tag", repeatable: true },
  // A draft is resumed or thrown away, and a run from a file keeps none: these contradict.
  { flags: "--resume", help: "resume", conflicts: ["discardDraft", "answers"] },
  { flags: "--discard-draft", help: "discardDraft" },
  { flags: "--full", help: "full", conflicts: ["quick"] },
  { flags: "--quick", help: "quick", conflicts: ["full"] },
] as const satisfies readonly OptionSpec[];

/** The filters of a listing of entries. */
export const FILTER = [
  { flags: "--kind <kind>", help: "kind", choices: PHASES },
  { flags: "--customer <name>", help: "customerFilter" },
  { flags: "--since <date>", help: "since" },
  { flags: "--until <date>", help: "until" },
  { flags: "--grep <text>", help: "grep" },
  { flags: "--tag <tag>", help: "tagFilter" },
  { flags: "--flagged", help: "flagged" },
] as const satisfies readonly OptionSpec[];

/** The period of a report. */
export const PERIOD = [
  { flags: "--since <date>", help: "summarySince" },
  { flags: "--until <date>", help: "summaryUntil" },
] as const satisfies readonly OptionSpec[];

export const ENTRY_ID = { name: "<id>", help: "entryId" } as const satisfies ArgumentSpec;
export const CUSTOMER = { flags: "--customer <name>", help: "customer" } as const satisfies OptionSpec;
export const CHANNEL = { flags: "--channel <channel>", help: "channel" } as const satisfies OptionSpec;
