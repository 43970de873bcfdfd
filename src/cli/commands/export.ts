import { loadExercises, loadMenus } from "../../exercises/load.js";
import { t } from "../../i18n/index.js";
import { anonymizer } from "../../review/anonymize.js";
import { filterEntries } from "../../journal/filter.js";
import { entriesToCsv, entriesToMarkdown, entriesToWideCsv, PLAIN_CSV, type CsvShape } from "../../render/export.js";
import { UsageError } from "../../errors.js";
import { safeJson } from "../../data/safe-text.js";
import { chosenFormat } from "../formats.js";
import type { Context } from "../context.js";
import { readJournalReporting, toFilter } from "../journal-input.js";
import type { ExportOptions } from "../specs/export.js";
import { err, out } from "../output.js";
import { writeOutFile } from "../out-file.js";
import { isSealed } from "../../crypto/sealed.js";

export async function exportEntries(
  ctx: Context,
  opts: ExportOptions,
): Promise<void> {
  const filter = toFilter(opts, ctx.now);
  const format = chosenFormat("export", opts);
  if ((opts.excel || opts.wide) && format !== "csv") throw new UsageError(t().errors.csvOnly(opts.excel ? "--excel" : "--wide", format));
  const shape: CsvShape = opts.excel ? { separator: ctx.lang === "nl" ? ";" : ",", bom: true } : PLAIN_CSV;
  const { entries } = await readJournalReporting(ctx, { report: "count" });
  let hits = filterEntries(entries, filter).map((s) => s.entry);
  // Pseudonyms for every customer of the journal: the entries exported may name others too.
  if (opts.anonymize) hits = hits.map(anonymizer([entries.map((s) => s.entry)], t().review.cli.customerWord, t().review.cli.contactWord).entry);
  let text: string;
  if (format === "csv") text = (opts.wide ? entriesToWideCsv : entriesToCsv)(hits, shape);
  else if (format === "md") {
    const [{ exercises }, menus] = await Promise.all([loadExercises(ctx.folders.journal), loadMenus()]);
    text = entriesToMarkdown(hits, exercises.map((x) => x.exercise), menus, ctx.lang);
  } else text = `${safeJson(JSON.stringify(hits, null, 2))}\n`;
  if (!opts.out) return out(ctx, text);
  // Owner-only, like the journal: an export holds the same private notes.
  await writeOutFile(ctx.cwd, opts.out, text);
  err(ctx, t().list.exported(hits.length, opts.out));
  // Asked for with --out, and said so: the one place an encrypted journal's entries leave it in plain text.
  if (entries.some((e) => isSealed(e.path))) err(ctx, t().crypto.plainOut(opts.out));
}
