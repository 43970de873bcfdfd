import { localDay } from "../dates.js";
import { checkOrder, dayOption } from "./period.js";
import { UsageError, UserError } from "../errors.js";
import type { EntryFilter } from "../journal/filter.js";
import type { JournalContents } from "../journal/read.js";
import { safeLine } from "../data/safe-text.js";
import type { Context } from "./context.js";
import { err } from "./output.js";
import { progressLine } from "./progress.js";
import { t } from "../i18n/index.js";
import { isPhase } from "../exercises/phases.js";
import type { InvalidFile } from "../data/invalid-file.js";
import type { StoredEntry } from "../journal/entry.js";
import { isSealed } from "../crypto/sealed.js";

/** The run's keys for a journal read; loaded (and a passphrase asked) only when it holds encrypted entries. */
export const keysOf = (ctx: Context, ask: boolean) => async (): Promise<string[] | undefined> => {
  const { runKeys } = await import("../crypto/keyring.js");
  const k = await runKeys(ctx, { ask });
  return "keys" in k ? k.keys : undefined;
};

/** The same keys as a decrypter, for a command that opens one encrypted file. */
export const decrypterOf = (ctx: Context) => async () => (await import("../crypto/keyring.js")).runDecrypter(ctx, { ask: true });

const isSealedWithoutKeys = (f: InvalidFile) => f.problem === "encrypted" && f.reason === t().crypto.noIdentity;

/**
 * Reads the journal (through the cache unless `--no-cache`) and tells on stderr which files were
 * skipped: each with its reason, or only how many.
 */
export async function readJournalReporting(
  ctx: Context,
  opts: { report?: "each" | "count" | "none"; askPassphrase?: boolean; digestsBefore?: string } = {},
): Promise<JournalContents> {
  const progress = progressLine(t().flow.reading, ctx.stderr);
  // Imported here: the home screen's status, kept in the cache, mostly needs no read at all.
  const { readJournal } = await import("../journal/read.js");
  const contents = await readJournal(ctx.folders.journal, {
    ...(ctx.useCache && { cacheDir: ctx.folders.cache }),
    onProgress: progress.update,
    keys: keysOf(ctx, opts.askPassphrase ?? true),
    ...(opts.digestsBefore !== undefined && { digestsBefore: opts.digestsBefore }),
  });
  progress.end();
  const sealed = contents.invalid.filter(isSealedWithoutKeys);
  if (sealed.length > 0) {
    // Without an identity every encrypted entry is skipped: one calm line, not one per file.
    err(ctx, opts.askPassphrase === false ? t().crypto.historyHidden(sealed.length) : t().crypto.skippedSealed(sealed.length));
    contents.invalid = contents.invalid.filter((f) => !isSealedWithoutKeys(f));
  }
  if (contents.entries.length === 0 && contents.invalid.length === 0) {
    // Nothing read: perhaps a coach's team folder given as a journal. (Loaded only then.)
    const { isTeamFolder } = await import("../review/targets.js");
    if (isTeamFolder(ctx.folders.journal)) throw new UserError(t().errors.teamFolder(ctx.folders.journal));
  }
  const report = opts.report ?? "each";
  if (report === "each") {
    for (const bad of contents.invalid) err(ctx, t().errors.skipped(`${safeLine(bad.path)}${bad.line ? `:${bad.line}` : ""}`, safeLine(bad.reason)));
  } else if (report === "count" && contents.invalid.length > 0) err(ctx, t().flow.skippedFiles(contents.invalid.length));
  return contents;
}

/**
 * A value worked out from the whole journal (`derive` must be pure), kept in the cache and used
 * again while no file of the journal changed and `parse` finds it in its shape: then the journal's
 * index is not read at all. A journal with files to tell about on stderr is read as
 * `readJournalReporting` reads it.
 */
export async function deriveFromJournal<T>(ctx: Context, name: string, derive: (entries: readonly StoredEntry[]) => T, parse: (value: unknown) => T | undefined): Promise<T> {
  const journal = ctx.folders.journal;
  const { fingerprintOf, loadDerived, saveDerived } = await import("../journal/derived.js");
  const before = ctx.useCache ? fingerprintOf(journal) : undefined;
  const kept = before && loadDerived(ctx.folders.cache, journal, name, before, parse);
  if (kept) return kept.value;
  const contents = await readJournalReporting(ctx);
  const value = derive(contents.entries);
  // An empty journal is quick to read, and may be a team folder given by mistake; files skipped
  // are told about on every run; an encrypted entry's words stay out of the plain cache.
  const keep = contents.entries.length > 0 && contents.invalid.length === 0 && !contents.entries.some((e) => isSealed(e.path));
  if (before && keep) await saveDerived(ctx.folders.cache, journal, name, before, value);
  return value;
}

/** The filter options as given on the command line: dates may still be spans such as `30d`. */
type FilterOptions = EntryFilter;

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
