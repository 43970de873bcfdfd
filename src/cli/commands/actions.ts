import { parseDocument, Scalar } from "yaml";
import { localDay, localIso } from "../../dates.js";
import { UserError } from "../../errors.js";
import { readEntryText, writeEntryText } from "../../crypto/entry-text.js";
import { withFileLock } from "../../data/file-lock.js";
import { portableYaml } from "../../data/portable-yaml.js";
import { t } from "../../i18n/index.js";
import { inRunWords } from "../../i18n/reasons.js";
import { parseEntry } from "../../journal/parse-entry.js";
import { allActions, customerMatches, findAction, isOverdue, openActions, type ActionRef } from "../../journal/queries.js";
import { actionLine } from "../../render/customer-context.js";
import { clip, safeLine } from "../../render/safe-text.js";
import { style } from "../../render/style.js";
import type { Context } from "../context.js";
import { decrypterOf, readJournalReporting } from "../journal-input.js";
import { out, outJson } from "../output.js";
import { versioned } from "../../insights/json.js";

export async function actions(ctx: Context, opts: { all?: boolean; customer?: string; json?: boolean }): Promise<void> {
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
export async function done(ctx: Context, id: string, opts: { undo?: boolean; json?: boolean }): Promise<void> {
  const m = t().actions;
  const { entries } = await readJournalReporting(ctx, { report: "none" });
  const ref = findAction(entries, id);
  const wanted = !opts.undo;
  const text = safeLine(ref.action.text);
  const report = (changed: boolean, doneAt?: string) => {
    const action = { ...ref.action, done: wanted, doneAt: wanted ? (doneAt ?? ref.action.doneAt) : undefined };
    outJson(ctx, versioned({ action, entry: ref.entry.id, changed }));
  };
  if (ref.action.done === wanted) return opts.json ? report(false) : out(ctx, wanted ? m.already(text) : m.alreadyOpen(text));
  const at = localIso(ctx.now);
  // Under a lock and from the file as it is now: two `done` runs on one entry both count.
  await withFileLock(ref.path, async () => {
    // Edit the YAML document rather than re-serialise the entry, so comments and layout survive.
    // Checked (size, nesting) before the document is built from it: the file may have been swapped.
    const text = await readEntryText(ref.path, decrypterOf(ctx));
    if (!parseEntry(text, ref.path).ok) throw new UserError(t().errors.changedMeanwhile(ref.path));
    const doc = parseDocument(text);
    const current = parseEntry(doc.toString({ lineWidth: 0 }), ref.path);
    const index = current.ok ? current.entry.actions.findIndex((a) => a.id === ref.action.id) : -1;
    if (index < 0) throw new UserError(t().errors.changedMeanwhile(ref.path));
    doc.setIn(["actions", index, "done"], wanted);
    // Quoted, as the journal writes times, so that YAML 1.1 readers see text and not a timestamp.
    if (wanted) doc.setIn(["actions", index, "doneAt"], Object.assign(doc.createNode(at), { type: Scalar.QUOTE_DOUBLE }));
    else doc.deleteIn(["actions", index, "doneAt"]);
    const updated = portableYaml(doc);
    const check = parseEntry(updated, ref.path);
    if (!check.ok) throw new UserError(`${ref.path}: ${inRunWords(check.invalid).reason}`);
    await writeEntryText(ctx.folders.journal, ref.path, updated);
  });
  if (opts.json) return report(true, at);
  out(ctx, wanted ? `${style.green("✓")} ${m.marked(text)}` : `○ ${m.reopened(text)}`);
}
