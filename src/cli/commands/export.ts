import path from "node:path";
import { writeFileAtomic } from "../../data/atomic-write.js";
import { loadMenus } from "../../exercises/load.js";
import { filterEntries } from "../../journal/filter.js";
import { entriesToCsv, entriesToMarkdown, type ExportFormat } from "../../render/export.js";
import type { Context } from "../context.js";
import { readJournalReporting, toFilter, type FilterOptions } from "../journal-input.js";
import { err, out } from "../output.js";

export async function exportEntries(ctx: Context, opts: FilterOptions & { format: ExportFormat; out?: string }): Promise<void> {
  const filter = toFilter(opts, ctx.now);
  const { entries } = await readJournalReporting(ctx, { report: "count" });
  const hits = filterEntries(entries, filter).map((s) => s.entry);
  const text =
    opts.format === "csv"
      ? entriesToCsv(hits)
      : opts.format === "md"
        ? entriesToMarkdown(hits, await loadMenus(), ctx.lang)
        : `${JSON.stringify(hits, null, 2)}\n`;
  if (!opts.out) return out(text);
  // Owner-only, like the journal: an export holds the same private notes.
  await writeFileAtomic(path.resolve(opts.out), text);
  err(`${hits.length} → ${opts.out}`);
}
