import { localDay, localIso } from "../../dates.js";
import { t } from "../../i18n/index.js";
import { setActionDone } from "../../journal/change-entry.js";
import { allActions, customerMatches, findAction, isOverdue, openActions, type ActionRef } from "../../journal/queries.js";
import { actionLine } from "../../render/customer-context.js";
import { clip, safeLine } from "../../data/safe-text.js";
import { style } from "../../render/style.js";
import type { Context } from "../context.js";
import { decrypterOf, readJournalReporting } from "../journal-input.js";
import { out, outJson } from "../output.js";
import { versioned } from "../../insights/json.js";
import type { ActionsOptions } from "../specs/actions.js";
import type { DoneOptions } from "../specs/done.js";

export async function actions(ctx: Context, opts: ActionsOptions): Promise<void> {
  const m = t().actions;
  const today = localDay(ctx.now);
  const { entries } = await readJournalReporting(ctx);
  const forCustomer = (r: ActionRef) => opts.customer === undefined || customerMatches(r.entry.customer, opts.customer);
  const open = openActions(entries, today).filter(forCustomer);
  const done = opts.all ? allActions(entries).filter((r) => r.action.done && forCustomer(r)) : [];
  const refs = [...open, ...done];
  if (opts.json) {
    return outJson(ctx, refs.map((r) => ({ ...r.action, overdue: isOverdue(r.action, today), entry: r.entry.id, customer: r.entry.customer })));
  }
  if (refs.length === 0) return out(ctx, style.dim(allActions(entries).length ? m.none : m.noneAtAll));
  out(ctx, 
    refs
      .map((r) => `${actionLine(r, today, ctx.lang)}${r.entry.customer ? style.dim(` · ${clip(safeLine(r.entry.customer), 30)}`) : ""}`)
      .join("\n"),
  );
}

/** Marks an action done (or open again) inside its entry, changing nothing else in the file. */
export async function done(ctx: Context, opts: DoneOptions): Promise<void> {
  const m = t().actions;
  const { entries } = await readJournalReporting(ctx, { report: "none" });
  const ref = findAction(entries, opts.actionId);
  const wanted = !opts.undo;
  const text = safeLine(ref.action.text);
  const report = (changed: boolean, doneAt?: string) => {
    const action = { ...ref.action, done: wanted, doneAt: wanted ? (doneAt ?? ref.action.doneAt) : undefined };
    outJson(ctx, versioned({ action, entry: ref.entry.id, changed }));
  };
  if (ref.action.done === wanted) return opts.json ? report(false) : out(ctx, wanted ? m.already(text) : m.alreadyOpen(text));
  const at = localIso(ctx.now);
  await setActionDone(ctx.folders.journal, ref.path, ref.action.id, wanted ? at : undefined, decrypterOf(ctx));
  if (opts.json) return report(true, at);
  out(ctx, wanted ? `${style.green("✓")} ${m.marked(text)}` : `○ ${m.reopened(text)}`);
}
