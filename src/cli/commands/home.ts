import { streakRules } from "../../config/config.js";
import { localDay } from "../../dates.js";
import { draftFiles } from "../../session/draft-files.js";
import { t } from "../../i18n/index.js";
import { todayStatus } from "../../insights/status.js";
import { statusLines } from "../../render/status.js";
import { style } from "../../render/style.js";
import type { Context } from "../context.js";
import { resumeCommand } from "../shell-words.js";
import { readJournalReporting } from "../journal-input.js";
import { out } from "../output.js";

/** Every command a salesperson runs from day to day, in the order of a working day. */
const MENU = ["prep", "debrief", "daily", "actions", "list", "summary", "share"] as const;
type Choice = (typeof MENU)[number] | "quit";

/** Flows stopped halfway, with how to go on. (Drafts are parsed only when there are any.) */
async function draftLines(journal: string): Promise<string[]> {
  const files = draftFiles(journal);
  if (files.length === 0) return [];
  const { describeDraft, listDrafts } = await import("../../session/drafts.js");
  const lines: string[] = [];
  for (const kind of new Set(files.map((f) => f.kind))) {
    for (const { draft } of (await listDrafts(journal, kind)).drafts)
      lines.push(`${style.cyan("→")} ${t().flow.draftWaiting(kind, describeDraft(draft), resumeCommand(kind, draft.customer))}`);
  }
  return lines;
}

/** `empathy` alone: where you stand today, and (in a terminal) what to do next. */
export async function home(ctx: Context): Promise<void> {
  const [{ entries }, drafts] = await Promise.all([readJournalReporting(ctx), draftLines(ctx.folders.journal)]);
  const status = todayStatus(entries, localDay(ctx.now), streakRules(ctx.config));
  out([style.bold("empathy"), ...drafts, ...statusLines(status, ctx.lang)].join("\n"));
  if (!ctx.interactive) return;
  const h = t().help;
  const width = Math.max(...MENU.map((c) => c.length)) + 2;
  const choices: { value: Choice; name: string }[] = [
    ...MENU.map((c) => ({ value: c, name: `${c.padEnd(width)}${style.dim(h[c])}` })),
    { value: "quit" as const, name: t().status.quit },
  ];
  // The cursor starts on the most useful next step; the order stays the same every day.
  const next: Choice = status.waitingPreps.length > 0 ? "debrief" : status.streak.doneToday ? "prep" : "daily";
  const { FlowQuestions } = await import("../../session/interactive.js");
  out("");
  const choice = await new FlowQuestions({}).menu(t().status.menu, choices, next);
  if (choice === undefined || choice === "quit") return;
  if (choice === "actions") return (await import("./actions.js")).actions(ctx, {});
  if (choice === "list") return (await import("./list.js")).list(ctx, {});
  if (choice === "summary") return (await import("./summary.js")).summary(ctx, {});
  if (choice === "share") return (await import("./share.js")).share(ctx, { format: "text", anonymize: true });
  const flows = await import("./flows.js");
  return flows[choice](ctx, {});
}
