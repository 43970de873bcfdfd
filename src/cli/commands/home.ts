import { streakRules } from "../../config/config.js";
import fs from "node:fs";
import { localDay } from "../../dates.js";
import { PHASES } from "../../exercises/phases.js";
import { draftFile } from "../../session/editor.js";
import { t } from "../../i18n/index.js";
import { todayStatus } from "../../insights/status.js";
import { statusLines } from "../../render/status.js";
import { style } from "../../render/style.js";
import type { Context } from "../context.js";
import { readJournalReporting } from "../journal-input.js";
import { out } from "../output.js";

type Choice = "prep" | "debrief" | "daily" | "actions" | "list" | "quit";

/** Flows stopped halfway, with how to go on. (Drafts are parsed only when there are any.) */
async function draftLines(journal: string): Promise<string[]> {
  const kinds = PHASES.filter((kind) => fs.existsSync(draftFile(journal, kind)) || fs.existsSync(`${draftFile(journal, kind)}.age`));
  if (kinds.length === 0) return [];
  const { describeDraft, loadDraft } = await import("../../session/drafts.js");
  const lines: string[] = [];
  for (const kind of kinds) {
    const { draft } = await loadDraft(journal, kind);
    if (draft) lines.push(`${style.cyan("→")} ${t().flow.draftWaiting(kind, describeDraft(draft))}`);
  }
  return lines;
}

/** `empathy` alone: where you stand today, and (in a terminal) what to do next. */
export async function home(ctx: Context): Promise<void> {
  const [{ entries }, drafts] = await Promise.all([readJournalReporting(ctx), draftLines(ctx.folders.journal)]);
  const status = todayStatus(entries, localDay(ctx.now), streakRules(ctx.config));
  out([style.bold("empathy"), ...drafts, ...statusLines(status, ctx.lang)].join("\n"));
  if (!ctx.interactive) return;
  const m = t().status;
  const h = t().help;
  const choices: { value: Choice; name: string }[] = [
    { value: "prep", name: `prep      ${style.dim(h.prep)}` },
    { value: "debrief", name: `debrief   ${style.dim(h.debrief)}` },
    { value: "daily", name: `daily     ${style.dim(h.daily)}` },
    { value: "actions", name: `actions   ${style.dim(h.actions)}` },
    { value: "list", name: `list      ${style.dim(h.list)}` },
    { value: "quit", name: m.quit },
  ];
  // Put the most useful next step first.
  const first: Choice = status.waitingPreps.length > 0 ? "debrief" : status.streak.doneToday ? "prep" : "daily";
  choices.sort((a, b) => (a.value === first ? -1 : b.value === first ? 1 : 0));
  const { FlowQuestions } = await import("../../session/interactive.js");
  out("");
  const choice = await new FlowQuestions({}).pick(m.menu, choices);
  if (choice === "quit") return;
  if (choice === "actions") return (await import("./actions.js")).actions(ctx, {});
  if (choice === "list") return (await import("./list.js")).list(ctx, {});
  const flows = await import("./flows.js");
  return flows[choice](ctx, {});
}
