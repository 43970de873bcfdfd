import { streakRules } from "../streak-rules.js";
import { UsageError } from "../../errors.js";
import { chosenFormat } from "../formats.js";
import { versioned } from "../../insights/json.js";
import { t } from "../../i18n/index.js";
import { summarize } from "../../insights/summary.js";
import { loadExercises, loadMenus, pickExercise } from "../../exercises/load.js";
import { anonymizeEntries } from "../../review/anonymize.js";
import { renderShare } from "../../render/share.js";
import type { Context } from "../context.js";
import { readJournalReporting } from "../journal-input.js";
import { out, outJson } from "../output.js";
import { reportPeriod } from "../period.js";
import type { ShareOptions } from "../specs/share.js";

/**
 * This week's good moments and difficult cases, for the team's weekly moment of sharing: share
 * the good experiences, turn the hard ones into "what would you do?" cases. Anonymized unless asked.
 */
export async function share(
  ctx: Context,
  opts: ShareOptions,
): Promise<void> {
  if (opts.week && opts.since) throw new UsageError(t().errors.weekAndSince);
  const format = chosenFormat("share", opts);
  // The week: the last seven days, today included.
  const period = reportPeriod({ ...opts, since: opts.since ?? "7d" }, ctx.now);
  const [{ entries }, { exercises }, menus] = await Promise.all([readJournalReporting(ctx, { report: "count" }), loadExercises(), loadMenus()]);
  let list = entries.map((e) => e.entry);
  if (opts.anonymize) list = anonymizeEntries([list], t().review.cli.customerWord, t().review.cli.contactWord).journals[0]!;
  const s = summarize({
    entries: list,
    invalid: [],
    ...period,
    rules: streakRules(ctx.config),
    menus,
    debrief: pickExercise(exercises, "debrief"),
    lang: ctx.lang,
  });
  if (format === "json") return outJson(ctx, versioned({ period, anonymized: opts.anonymize, ...s.moments }));
  out(ctx, renderShare(s.moments, period, format, opts.anonymize, ctx.lang));
}
