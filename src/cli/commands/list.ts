import fs from "node:fs";
import { t } from "../../i18n/index.js";
import { filterEntries } from "../../journal/filter.js";
import { clip, safeLine, textWidth } from "../../data/safe-text.js";
import { style } from "../../render/style.js";
import type { Context } from "../context.js";
import { readJournalReporting, toFilter, wholeOption } from "../journal-input.js";
import type { ListOptions } from "../specs/list.js";
import { out, outJson } from "../output.js";

export async function list(ctx: Context, opts: ListOptions): Promise<void> {
  const filter = toFilter(opts, ctx.now);
  const newest = opts.number === undefined ? undefined : wholeOption("number", opts.number, 1);
  const { entries } = await readJournalReporting(ctx);
  // `-n N`: the newest N that pass the filter, still oldest first, as jrnl shows them.
  const hits = filterEntries(entries, filter).slice(newest === undefined ? 0 : -newest);
  if (opts.json) return outJson(ctx, hits.map((h) => ({ ...h.entry, path: h.path })));
  if (hits.length === 0) return out(ctx, style.dim(fs.existsSync(ctx.folders.journal) ? t().list.none : t().list.noJournal(ctx.folders.journal)));
  const m = t().list;
  // The id first (it is what show, edit and done take), then customer and marks, in columns.
  const customer = (c: string | undefined) => clip(safeLine(c ?? ""), 30);
  const idWidth = Math.max(...hits.map((h) => h.entry.id.length));
  const customerWidth = Math.max(...hits.map((h) => textWidth(customer(h.entry.customer))));
  const lines = hits.map(({ entry: e }) => {
    const open = e.actions.filter((a) => !a.done).length;
    const marks = [
      e.flags?.includes("coach") ? style.magenta(m.flagged) : "",
      open ? style.cyan(m.openActions(open)) : "",
      e.tags?.length ? style.dim(safeLine(e.tags.map((tag) => `#${tag}`).join(" "))) : "",
    ].filter(Boolean);
    const name = customer(e.customer);
    const cells = [e.id.padEnd(idWidth), style.bold(name) + " ".repeat(customerWidth - textWidth(name)), marks.join(style.dim(" · "))];
    return cells.join("  ").trimEnd();
  });
  out(ctx, lines.join("\n"));
}
