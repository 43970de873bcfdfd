import { t } from "../../i18n/index.js";
import { filterEntries } from "../../journal/filter.js";
import { safeLine, clip } from "../../render/safe-text.js";
import { style } from "../../render/style.js";
import type { Context } from "../context.js";
import { readJournalReporting, toFilter, type FilterOptions } from "../journal-input.js";
import { out, outJson } from "../output.js";

export async function list(ctx: Context, opts: FilterOptions & { json?: boolean }): Promise<void> {
  const filter = toFilter(opts, ctx.now);
  const { entries } = await readJournalReporting(ctx);
  const hits = filterEntries(entries, filter);
  if (opts.json) return outJson(hits.map((h) => ({ ...h.entry, path: h.path })));
  if (hits.length === 0) return out(style.dim(t().list.none));
  const lines = hits.map(({ entry: e }) => {
    const extra = [
      e.flags?.includes("coach") ? style.magenta("coach") : "",
      e.actions.some((a) => !a.done) ? style.cyan(`${e.actions.filter((a) => !a.done).length}○`) : "",
    ].filter(Boolean);
    return `${e.id}  ${style.bold(clip(safeLine(e.customer ?? ""), 30))}${extra.length ? `  ${extra.join(" ")}` : ""}`;
  });
  out(lines.join("\n"));
}
