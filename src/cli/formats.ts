import { UsageError } from "../errors.js";
import { t } from "../i18n/index.js";

/** Output formats per command, by name: the option parser and the commands share these lists. */
export const SUMMARY_FORMATS = ["text", "md", "json"] as const;
export const REVIEW_FORMATS = ["text", "md", "html", "json"] as const;
export const SHARE_FORMATS = ["text", "md", "json"] as const;
export const EXPORT_FORMATS = ["json", "csv", "md"] as const;

export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];
export type ShareFormat = (typeof SHARE_FORMATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The format asked for: `--json` is `--format json`, and contradicts any other `--format`. */
export function chosenFormat<F extends string>(opts: { json?: boolean; format?: F | undefined }, fallback: F): F | "json" {
  if (opts.json && opts.format && opts.format !== "json") throw new UsageError(t().errors.jsonAndFormat(opts.format));
  return opts.json ? "json" : (opts.format ?? fallback);
}
