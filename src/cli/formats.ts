import { Option, type Command } from "./commander.js";
import { UsageError } from "../errors.js";
import { t } from "../i18n/index.js";

/**
 * The output formats of each kind of report, the default first. The option parser's `--format`
 * choices and help, the `--json` alias and each command's renderers all come from here.
 */
export const FORMATS = {
  summary: ["text", "md", "json"],
  review: ["text", "md", "html", "json"],
  share: ["text", "md", "json"],
  export: ["json", "csv", "md"],
  /** A listing or a record: text for people, JSON for tools (`--json`, no `--format`). */
  record: ["text", "json"],
} as const;

export type Report = keyof typeof FORMATS;
export type FormatOf<R extends Report> = (typeof FORMATS)[R][number];

/** What a command's format options hold after parsing. */
export interface FormatOptions<R extends Report> {
  format?: FormatOf<R>;
  json?: boolean;
}

/** A thing per format of a report (a renderer, say): the type makes a missing format a compile error. */
export type PerFormat<R extends Report, T> = { [F in FormatOf<R>]: T };

/**
 * Adds the format options of `report`: `--format` when there is a choice beyond JSON, and
 * `--json`, the same alias of `--format json` on every command that prints text by default.
 */
export function formatOptions(cmd: Command, report: Report): Command {
  const m = t().help;
  const formats = FORMATS[report];
  if (formats.length > 2) cmd.addOption(new Option("--format <format>", `${m.format} (default: ${formats[0]})`).choices([...formats]));
  // Where JSON is the default already, there is nothing for the alias to change.
  return formats[0] === "json" ? cmd : cmd.option("--json", m.json);
}

/** The format asked for: `--json` is `--format json`, and contradicts any other `--format`. */
export function chosenFormat<R extends Report>(report: R, opts: FormatOptions<R>): FormatOf<R> {
  if (opts.json && opts.format && opts.format !== "json") throw new UsageError(t().errors.jsonAndFormat(opts.format));
  return opts.json ? ("json" as FormatOf<R>) : (opts.format ?? FORMATS[report][0]);
}
