import { streakRules } from "../../config/config.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n/index.js";
import { loadExercises, loadMenus, pickExercise } from "../../exercises/load.js";
import { summarize } from "../../insights/summary.js";
import { renderSummaryMarkdown } from "../../render/summary-markdown.js";
import { renderSummaryText } from "../../render/summary-text.js";
import type { Context } from "../context.js";
import { readJournalReporting } from "../journal-input.js";
import { out, outJson } from "../output.js";
import { reportPeriod } from "../period.js";

import type { SummaryFormat } from "../formats.js";

export interface SummaryOptions {
  since?: string;
  until?: string;
  json?: boolean;
  format?: SummaryFormat;
}

/** Patterns over a period of the own journal, compared with the period before it. */
export async function summary(ctx: Context, opts: SummaryOptions): Promise<void> {
  const format = opts.json ? "json" : (opts.format ?? "text");
  if (opts.json && opts.format && opts.format !== "json") throw new UserError(t().errors.jsonAndFormat(opts.format));
  const period = reportPeriod(opts, ctx.now);
  const [contents, { exercises }, menus] = await Promise.all([
    readJournalReporting(ctx, { report: format === "text" ? "count" : "none" }),
    loadExercises(ctx.folders.journal),
    loadMenus(),
  ]);
  const model = summarize({
    entries: contents.entries.map((e) => e.entry),
    invalid: contents.invalid,
    ...period,
    rules: streakRules(ctx.config),
    menus,
    debrief: pickExercise(exercises, "debrief"),
    lang: ctx.lang,
  });
  if (format === "json") return outJson(model);
  out(format === "md" ? renderSummaryMarkdown(model, ctx.lang) : renderSummaryText(model, ctx.lang));
}
