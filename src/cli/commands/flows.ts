import { daysBetween, localDay } from "../../dates.js";
import { STEP } from "../../exercises/conventions.js";
import { hasQuickForm } from "../../exercises/forms.js";
import { UsageError, UserError } from "../../errors.js";
import { t } from "../../i18n/index.js";
import { streakRules } from "../streak-rules.js";
import { dailyDays } from "../../insights/status.js";
import { streaks } from "../../insights/streak.js";
import { chooseFocus, focusOf } from "../../insights/focus.js";
import { focusSteps } from "../../exercises/forms.js";
import { customerNames } from "../../insights/flow-digest.js";
import { byUrgency, customerKey, findEntry, openPreps, sameCustomer } from "../../journal/queries.js";
import { customerContext } from "../../render/customer-context.js";
import { recapCard } from "../../render/recap.js";
import { streakLine } from "../../render/status.js";
import { safeLine } from "../../data/safe-text.js";
import { style } from "../../render/style.js";
import type { Context } from "../context.js";
import { prepDebrief, runFlowCommand, type FlowArgs } from "../flow-command.js";
import type { DailyOptions } from "../specs/daily.js";
import type { DebriefOptions } from "../specs/debrief.js";
import type { PrepOptions } from "../specs/prep.js";
import { quote } from "../shell-words.js";
import { practice, practiceLine, skillLabel } from "../practice.js";
import { out } from "../output.js";
import { lineWidth } from "../runtime.js";

/** The customer from the command line, the answers file or the draft, or asked for. */
async function chooseCustomer(args: FlowArgs, fallback?: string): Promise<string> {
  const given = args.draft?.customer ?? args.opts.customer ?? args.file?.customer ?? fallback;
  if (given !== undefined) {
    if (!given.trim()) throw new UsageError(t().flow.emptyCustomer);
    // A customer seen before keeps the spelling the journal already has.
    return args.history.digest.customers.get(customerKey(given))?.name ?? given.trim();
  }
  if (!args.ui) throw new UsageError(t().flow.needCustomer);
  return args.ui.customer(customerNames(args.history.digest), args.ctx.lang);
}

export async function prep(ctx: Context, opts: PrepOptions): Promise<void> {
  if (opts.recap) return (await import("./recap.js")).recap(ctx, opts);
  // Only what the digest holds: a prep reads no entry of the journal.
  const known = (args: FlowArgs, customer: string | undefined) => (customer === undefined ? undefined : args.history.digest.customers.get(customerKey(customer)));
  const open = (args: FlowArgs, customer: string | undefined) => byUrgency(known(args, customer)?.open ?? [], localDay(args.at));
  return runFlowCommand(ctx, opts, {
    kind: "prep",
    wholeJournal: false,
    async setup(args) {
      const customer = await chooseCustomer(args);
      const debrief = prepDebrief(args.exercises);
      const focus = debrief && practice(focusOf(args.history.digest.focus), debrief, ctx.lang, args.draft?.focus);
      if (args.ui) {
        const c = known(args, customer);
        out(ctx, `\n${customerContext(customer, c?.calls ?? 0, c?.lastDebrief, open(args, customer), args.menus, localDay(args.at), ctx.lang).join("\n")}`);
        if (focus) out(ctx, style.cyan(await practiceLine(focus, ctx.lang)));
      }
      return { customer, ...(focus && { focus: focus.skill }) };
    },
    after: (args) => {
      const { entry } = args;
      const card = recapCard(entry, skillLabel(prepDebrief(args.exercises), entry.focus, ctx.lang), open(args, entry.customer), args.menus, ctx.lang, lineWidth(ctx));
      return ["", ...card, "", style.dim(t().prep.next(`empathy debrief --customer ${quote(safeLine(entry.customer ?? ""))}`))];
    },
  });
}

export function debrief(ctx: Context, opts: DebriefOptions): Promise<void> {
  return runFlowCommand(ctx, opts, {
    kind: "debrief",
    wholeJournal: true,
    async setup(args) {
      const m = t().debrief;
      const entries = await args.history.entries();
      const prepId = opts.prep ?? args.file?.prep ?? args.draft?.prep;
      const named = prepId !== undefined ? findEntry(entries, prepId) : undefined;
      if (named && named.entry.kind !== "prep") throw new UserError(m.notAPrep(named.entry.id));
      const customer = await chooseCustomer(args, named?.entry.customer);
      if (named && !sameCustomer(named.entry.customer, customer))
        throw new UserError(m.otherCustomer(named.entry.id, safeLine(named.entry.customer ?? "?")));
      let linked = named;
      if (!linked) {
        // A debrief recorded for an earlier moment follows a prep made before that moment.
        const open = openPreps(entries, customer, args.draft ? new Date(args.draft.at) : args.at);
        if (open.length > 1 && args.ui) {
          linked = await args.ui.pick(m.whichPrep, [
            ...open.map((p) => ({ value: p, name: p.entry.id })),
            { value: undefined, name: style.dim(m.noPrep) },
          ]);
        } else linked = open[0];
      }
      if (args.ui) out(ctx, style.dim(linked ? m.linked(linked.entry.id) : m.unlinked));
      const prepExercise = linked && args.exercises.find((e) => e.id === linked.entry.exercise.id);
      // Only the quick form rates one skill; the full form rates them all.
      const quick = args.depth === "quick" && hasQuickForm(args.exercise.steps);
      const chosen = quick ? chooseFocus(entries.map((e) => e.entry), focusSteps(args.exercise)) : undefined;
      const focus = quick ? practice(chosen, args.exercise, ctx.lang, args.draft?.focus ?? linked?.entry.focus) : undefined;
      if (args.ui && focus) out(ctx, style.cyan(await practiceLine(focus, ctx.lang)));
      return {
        customer,
        ...(linked && { linkedPrep: linked.entry }),
        ...(prepExercise && { prepExercise }),
        ...(focus && { focus: focus.skill }),
      };
    },
    after: ({ entry }) => {
      const m = t().debrief;
      const lines = [];
      if (entry.actions.length > 0) lines.push(style.dim(m.actionsSaved(entry.actions.length)));
      if (entry.flags?.includes("coach")) lines.push(style.dim(m.flagged));
      return lines;
    },
  });
}

/** An intention older than this is not asked about: after a holiday it would be a strange question. */
const RECALL_DAYS = 7;

export function daily(ctx: Context, opts: DailyOptions): Promise<void> {
  return runFlowCommand(ctx, opts, {
    kind: "daily",
    wholeJournal: true,
    setup: async ({ history, at, ui }) => {
      const entries = await history.entries();
      // A second reflection on one day is allowed, but should not happen by mistake.
      const day = localDay(at);
      const earlier = entries.findLast((e) => e.entry.kind === "daily" && localDay(new Date(e.entry.createdAt)) === day);
      if (ui && earlier) out(ctx, style.yellow(t().flow.dailyAgain(day, earlier.entry.createdAt.slice(11, 16))));
      const previous = entries.findLast((e) => {
        const ago = daysBetween(e.entry.createdAt.slice(0, 10), day);
        return e.entry.kind === "daily" && ago >= 1 && ago <= RECALL_DAYS && e.entry.answers.some((a) => a.step === STEP.intention);
      });
      return previous ? { previous: previous.entry } : {};
    },
    after: async ({ entry, history }) => {
      const days = dailyDays([...(await history.entries()).map((e) => e.entry), entry]);
      // The streak through the day this reflection is for: a late one (`--at`) counts for its day.
      const until = entry.createdAt.slice(0, 10);
      return [streakLine(streaks(days, until > localDay(ctx.now) ? localDay(ctx.now) : until, streakRules(ctx.config)), ctx.lang)];
    },
  });
}
