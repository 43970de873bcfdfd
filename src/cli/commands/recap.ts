import { localDay } from "../../dates.js";
import { UserError } from "../../errors.js";
import { loadExercises, loadMenus, pickExercise } from "../../exercises/load.js";
import { t } from "../../i18n/index.js";
import { customerMatches, openActions } from "../../journal/queries.js";
import { recapCard } from "../../render/recap.js";
import { safeLine } from "../../data/safe-text.js";
import type { Context } from "../context.js";
import { readJournalReporting } from "../journal-input.js";
import { out } from "../output.js";
import { skillLabel } from "../practice.js";
import { lineWidth } from "../runtime.js";

/** `empathy prep --recap`: the card of the latest prep (for a customer, when given) once more. */
export async function recap(ctx: Context, opts: { customer?: string }): Promise<void> {
  const [{ entries }, { exercises }, menus] = await Promise.all([readJournalReporting(ctx, { report: "count" }), loadExercises(ctx.folders.journal), loadMenus()]);
  const prep = entries.findLast((e) => e.entry.kind === "prep" && (opts.customer === undefined || customerMatches(e.entry.customer, opts.customer)));
  if (!prep) throw new UserError(t().recap.none(opts.customer && safeLine(opts.customer)));
  const open = openActions(entries, localDay(ctx.now), prep.entry.customer);
  const label = skillLabel(pickExercise(exercises, "debrief"), prep.entry.focus, ctx.lang);
  out(ctx, recapCard(prep.entry, label, open, menus, ctx.lang, lineWidth(ctx)).join("\n"));
}
