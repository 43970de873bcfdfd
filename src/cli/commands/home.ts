import { streakRules } from "../streak-rules.js";
import { localDay } from "../../dates.js";
import type { Phase } from "../../exercises/phases.js";
import { draftFiles } from "../../journal/draft-files.js";
import { t } from "../../i18n/index.js";
import { statusDigest, statusDigestOf, todayStatus, type TodayStatus } from "../../insights/status.js";
import { statusLines } from "../../render/status.js";
import { style } from "../../render/style.js";
import type { Context } from "../context.js";
import type { StatusOptions } from "../specs/status.js";
import { resumeCommand } from "../shell-words.js";
import { decrypterOf, deriveFromJournal } from "../journal-input.js";
import { out, outJson } from "../output.js";
import { versioned } from "../../insights/json.js";

/** Every command a salesperson runs from day to day, in the order of a working day. */
const MENU = ["prep", "debrief", "daily", "actions", "list", "summary", "share"] as const;
type Choice = (typeof MENU)[number] | "quit";

/** The kinds of flow that have a draft waiting, from the file names alone. */
const draftKinds = (journal: string) => [...new Set(draftFiles(journal).map((f) => f.kind))];

/**
 * Flows stopped halfway, with how to go on. (Drafts are parsed only when there are any; an
 * encrypted one is opened with the run's keys, as the journal is.)
 */
async function draftLines(ctx: Context, kinds: readonly Phase[]): Promise<string[]> {
  const journal = ctx.folders.journal;
  if (kinds.length === 0) return [];
  const { describeDraft, listDrafts } = await import("../../session/drafts.js");
  const lines: string[] = [];
  for (const kind of kinds) {
    for (const { draft } of (await listDrafts(journal, kind, undefined, decrypterOf(ctx))).drafts)
      lines.push(`${style.cyan("→")} ${t().flow.draftWaiting(kind, describeDraft(draft), resumeCommand(kind, draft.customer))}`);
  }
  return lines;
}

/** Where you stand today: the home screen without its menu, also as JSON for a prompt or status bar. */
export async function status(ctx: Context, opts: StatusOptions = {}): Promise<TodayStatus> {
  const kinds = draftKinds(ctx.folders.journal);
  // JSON names the kinds only: the drafts themselves are read for the sentences about them.
  const [digest, drafts] = await Promise.all([deriveFromJournal(ctx, "status", statusDigest, statusDigestOf), opts.json ? [] : draftLines(ctx, kinds)]);
  const today = todayStatus(digest, localDay(ctx.now), streakRules(ctx.config));
  if (opts.json) outJson(ctx, versioned({ ...today, drafts: kinds }));
  else out(ctx, [style.bold("empathy"), ...drafts, ...statusLines(today, ctx.lang)].join("\n"));
  return today;
}

/** `empathy` alone: where you stand today, and (in a terminal) what to do next. */
export async function home(ctx: Context): Promise<void> {
  const today = await status(ctx);
  if (!ctx.interactive) return;
  const h = t().help;
  const width = Math.max(...MENU.map((c) => c.length)) + 2;
  const choices: { value: Choice; name: string }[] = [
    ...MENU.map((c) => ({ value: c, name: `${c.padEnd(width)}${style.dim(h[c])}` })),
    { value: "quit" as const, name: t().status.quit },
  ];
  // The cursor starts on the most useful next step; the order stays the same every day.
  const next: Choice = today.waitingPreps.length > 0 ? "debrief" : today.streak.doneToday ? "prep" : "daily";
  out(ctx, "");
  const choice = await (await ctx.prompts()).questions.menu(t().status.menu, choices, next);
  if (choice === undefined || choice === "quit") return;
  if (choice === "actions") return (await import("./actions.js")).actions(ctx, {});
  if (choice === "list") return (await import("./list.js")).list(ctx, {});
  if (choice === "summary") return (await import("./summary.js")).summary(ctx, {});
  if (choice === "share") return (await import("./share.js")).share(ctx, { format: "text", anonymize: true });
  const flows = await import("./flows.js");
  return flows[choice](ctx, {});
}
