import type { Command, Option } from "commander";
import { CONFIG_CHOICES, CONFIG_KEYS, type ConfigKey } from "../../config/config.js";
import { optionWord } from "../../exercises/conventions.js";
import { CHANNELS } from "../../insights/channels.js";
import { LANGS } from "../../i18n/lang.js";

/** What completion offers besides the command table, read from the journal's file names and the cache. */
export interface CompletionSources {
  /** Ids that start with `prefix`; the prefix spares reading the folders of other months. */
  entryIds(prefix: string): string[];
  trashedIds(): string[];
  customers(): string[];
}

/** Positional words each command takes, by command path and position. */
const POSITIONAL: Record<string, (s: CompletionSources, position: number, typed: string, args: readonly string[]) => string[]> = {
  show: (s, i, typed) => (i === 0 ? ["last", ...s.entryIds(typed)] : []),
  edit: (s, i, typed) => (i === 0 ? ["last", ...s.entryIds(typed)] : []),
  delete: (s, i, typed) => (i === 0 ? ["last", ...s.entryIds(typed)] : []),
  restore: (s, i) => (i === 0 ? s.trashedIds() : []),
  "config get": (_s, i) => (i === 0 ? [...CONFIG_KEYS] : []),
  "config set": (_s, i, _typed, args) => (i === 0 ? [...CONFIG_KEYS] : i === 1 ? [...(CONFIG_CHOICES[args[0] as ConfigKey] ?? [])] : []),
};

/** Values an option takes, beyond its declared choices. */
const OPTION_VALUES: Record<string, (s: CompletionSources, typed: string) => string[]> = {
  "--customer": (s) => s.customers(),
  "--prep": (s, typed) => s.entryIds(typed).filter((id) => id.split("-")[3] === "prep"),
  "--lang": () => [...LANGS],
  "--channel": () => CHANNELS.map(optionWord),
};

function options(cmd: Command, program: Command): readonly Option[] {
  return cmd === program ? program.options : [...cmd.options, ...program.options];
}

function findOption(opts: readonly Option[], word: string): Option | undefined {
  return opts.find((o) => o.long === word || o.short === word);
}

/** The words a shell may put in place of the word being typed: `words[0]` is the program, `current` the index typed at. */
export function completeWords(program: Command, words: readonly string[], current: number, sources: CompletionSources): string[] {
  let cmd = program;
  let path: string[] = [];
  const args: string[] = [];
  let pending: Option | undefined;
  for (let i = 1; i < current; i++) {
    const w = words[i] ?? "";
    if (pending) {
      pending = undefined;
      continue;
    }
    if (w.startsWith("-")) {
      const opt = w.includes("=") ? undefined : findOption(options(cmd, program), w);
      if (opt?.required) pending = opt;
      continue;
    }
    const sub = cmd.commands.find((c) => c.name() === w);
    if (sub) {
      cmd = sub;
      path = [...path, w];
    } else args.push(w);
  }
  const typed = words[current] ?? "";
  const offer = (xs: string[]) => [...new Set(xs)].filter((x) => x.startsWith(typed));
  if (pending) return offer(pending.argChoices ?? OPTION_VALUES[pending.long ?? ""]?.(sources, typed) ?? []);
  if (typed.startsWith("-")) return offer(options(cmd, program).flatMap((o) => (o.hidden || !o.long ? [] : [o.long])).concat("--help"));
  const subs = cmd.commands.map((c) => c.name());
  const positional = args.length;
  if (subs.length > 0 && positional === 0) return offer(cmd === program ? [...subs, "help"] : subs);
  return offer(POSITIONAL[path.join(" ")]?.(sources, positional, typed, args) ?? cmd.registeredArguments[positional]?.argChoices ?? []);
}
