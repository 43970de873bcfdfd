import { localDay } from "../dates.js";
import { checkOrder, dayOption } from "./period.js";
import { UsageError, UserError } from "../errors.js";
import type { EntryFilter } from "../journal/filter.js";
import { readJournal, type JournalContents } from "../journal/read.js";
import { safeLine } from "../render/safe-text.js";
import type { Context } from "./context.js";
import { err } from "./output.js";
import { progressLine } from "./progress.js";
import { t } from "../i18n/index.js";
import { isPhase } from "../exercises/phases.js";

/**
 * Reads the journal (through the cache unless `--no-cache`) and tells on stderr which files were
 * skipped: each with its reason, or only how many.
 */
export async function readJournalReporting(ctx: Context, opts: { report?: "each" | "count" | "none" } = {}): Promise<JournalContents> {
  const progress = progressLine(t().flow.reading);
  const contents = await readJournal(ctx.folders.journal, {
    ...(ctx.useCache && { cacheDir: ctx.folders.cache }),
    onProgress: progress.update,
  });
  progress.end();
  if (contents.entries.length === 0 && contents.invalid.length === 0) {
    // Nothing read: perhaps a coach's team folder given as a journal. (Loaded only then.)
    const { isTeamFolder } = await import("../review/targets.js");
    if (isTeamFolder(ctx.folders.journal)) throw new UserError(t().errors.teamFolder(ctx.folders.journal));
  }
  const report = opts.report ?? "each";
  if (report === "each") {
    for (const bad of contents.invalid) err(t().errors.skipped(`${safeLine(bad.path)}${bad.line ? `:${bad.line}` : ""}`, safeLine(bad.reason)));
  } else if (report === "count" && contents.invalid.length > 0) err(t().flow.skippedFiles(contents.invalid.length));
  return contents;
}

/** The filter options as given on the command line: dates may still be spans such as `30d`. */
export type FilterOptions = EntryFilter;

/** A whole number given with an option (`--number 10`), at least `min`; anything else is a usage error. */
export function wholeOption(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new UsageError(t().errors.badWhole(name, value, `≥ ${min}`));
  return n;
}

/** Turns the filter options of `list` and `export` into a checked filter. */
export function toFilter(opts: FilterOptions, now: Date): EntryFilter {
  const today = localDay(now);
  if (opts.kind !== undefined && !isPhase(opts.kind)) throw new UsageError(t().errors.badKind(opts.kind));
  const f: EntryFilter = { ...opts };
  if (opts.since !== undefined) f.since = dayOption("since", opts.since, today);
  if (opts.until !== undefined) f.until = dayOption("until", opts.until, today);
  if (f.since && f.until) checkOrder(f.since, f.until);
  return f;
}
