import { streakRules } from "../streak-rules.js";
import { t } from "../../i18n/index.js";
import { loadExercises, loadMenus, pickExercise } from "../../exercises/load.js";
import { reportJson, versioned } from "../../insights/json.js";
import { safeJson } from "../../data/safe-text.js";
import { summarize } from "../../insights/summary.js";
import { windowStart } from "../../insights/journal-view.js";
import type { Context } from "../context.js";
import { readJournalReporting } from "../journal-input.js";
import { out } from "../output.js";
import { reportPeriod } from "../period.js";

import { chosenFormat, type PerFormat } from "../formats.js";
import type { SummaryOptions } from "../specs/summary.js";
import type { Summary } from "../../insights/model.js";
import type { Lang } from "../../i18n/lang.js";

type Renderer = (model: Summary, lang: Lang) => string;

/**
 * The renderer of a format, imported only when asked for. The import starts before the journal is
 * read, so that its file reads happen alongside the journal's instead of after it.
 */
const RENDERERS: PerFormat<"summary", () => Promise<Renderer>> = {
  json: async () => (model) => safeJson(reportJson(versioned(model))),
  md: async () => (await import("../../render/summary-markdown.js")).renderSummaryMarkdown,
  text: async () => (await import("../../render/summary-text.js")).renderSummaryText,
};

/** Patterns over a period of the own journal, compared with the period before it. */
export async function summary(ctx: Context, opts: SummaryOptions): Promise<void> {
  const format = chosenFormat("summary", opts);
  const period = reportPeriod(opts, ctx.now);
  const rendering = RENDERERS[format]();
  // The summary rates against the built-in debrief, so the user's own exercises are not read.
  const [{ exercises }, menus, contents] = await Promise.all([
    loadExercises(),
    loadMenus(),
    // The months before the window come as digests: a summary of weeks parses no years of entries.
    readJournalReporting(ctx, { report: format === "text" ? "count" : "none", digestsBefore: windowStart(period.since, period.until) }),
  ]);
  const model = summarize({
    entries: contents.entries.map((e) => e.entry),
    ...(contents.earlier && { earlier: contents.earlier }),
    invalid: contents.invalid,
    ...period,
    rules: streakRules(ctx.config),
    menus,
    debrief: pickExercise(exercises, "debrief"),
    lang: ctx.lang,
  });
  out(ctx, (await rendering)(model, ctx.lang));
  // The renderers are shared with the coach's review; the next step is only the journal owner's.
  if (format !== "json" && model.counts.total === 0) out(ctx, t().summary.emptyHint);
}
