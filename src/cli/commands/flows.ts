import { addDays, dayOf, daysBetween, localDay } from "../../dates.js";
import { STEP } from "../../exercises/conventions.js";
import { hasQuickForm } from "../../exercises/forms.js";
import { UsageError, UserError } from "../../errors.js";
import { t } from "../../i18n/index.js";
import { streakRules } from "../streak-rules.js";
import { streaks } from "../../insights/streak.js";
import { focusOf } from "../../insights/focus.js";
import { focusSteps } from "../../exercises/forms.js";
import { customerNames, openPrepsOf, type CustomerHistory } from "../../insights/flow-digest.js";
import { byUrgency, customerKey, sameCustomer } from "../../journal/queries.js";
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

/**
 * The customer from the command line, the answers file or the draft, or asked for; with what the
 * digest knows of them, checked against the files it shows words of (the spelling's among them)
 * before any of those words are taken.
 */
async function chooseCustomer(args: FlowArgs, fallback?: string): Promise<{ name: string; known: CustomerHistory | undefined }> {
  let name = (args.draft?.customer ?? args.opts.customer ?? args.file?.customer ?? fallback)?.trim();
  if (name === "") throw new UsageError(t().flow.emptyCustomer);
  if (name === undefined) {
    if (!args.ui) throw new UsageError(t().flow.needCustomer);
    name = await args.ui.customer(customerNames(args.history.digest), args.ctx.lang);
  }
  const known = await args.history.customer(name);
  // A customer seen before keeps the spelling the journal already has.
  return { name: known?.name ?? name, known };
}

export async function prep(ctx: Context, opts: PrepOptions): Promise<void> {
  if (opts.recap) return (await import("./recap.js")).recap(ctx, opts);
  // What the digest holds: a prep reads no entry of the journal, unless a file whose words it
  // shows changed since the digest took them in (see `FlowHistory.customer`): then all of them.
  const known = (args: FlowArgs, customer: string | undefined) => (customer === undefined ? undefined : args.history.digest.customers.get(customerKey(customer)));
  const open = (args: FlowArgs, customer: string | undefined) => byUrgency(known(args, customer)?.open ?? [], localDay(args.at));
  return runFlowCommand(ctx, opts, {
    kind: "prep",
    async setup(args) {
      const { name: customer, known: c } = await chooseCustomer(args);
      const debrief = prepDebrief(args.exercises);
      const focus = debrief && practice(focusOf(args.history.digest.focus), debrief, ctx.lang, args.draft?.focus);
      if (args.ui) {
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
    async setup(args) {
      const m = t().debrief;
      const { history } = args;
      const prepId = opts.prep ?? args.file?.prep ?? args.draft?.prep;
      const named = prepId !== undefined ? await history.find(prepId) : undefined;
      if (named && named.kind !== "prep") throw new UserError(m.notAPrep(named.id));
      const { name: customer } = await chooseCustomer(args, named?.customer);
      if (named && !sameCustomer(named.customer, customer)) throw new UserError(m.otherCustomer(named.id, safeLine(named.customer ?? "?")));
      let linked = named;
      if (!linked) {
        // A debrief recorded for an earlier moment follows a prep made before that moment. Only
        // the one linked is read, unless the user picks among them.
        const before = args.draft ? new Date(args.draft.at) : args.at;
        const open = await history.query((d, read) => read(openPrepsOf(d, customer, before).slice(0, args.ui ? undefined : 1).map((p) => p.id)));
        if (open.length > 1 && args.ui) {
          linked = await args.ui.pick(m.whichPrep, [...open.map((p) => ({ value: p, name: p.id })), { value: undefined, name: style.dim(m.noPrep) }]);
        } else linked = open[0];
      }
      if (args.ui) out(ctx, style.dim(linked ? m.linked(linked.id) : m.unlinked));
      const prepExercise = linked && args.exercises.find((e) => e.id === linked.exercise.id);
      // Only the quick form rates one skill; the full form rates them all.
      const quick = args.depth === "quick" && hasQuickForm(args.exercise.steps);
      const chosen = quick ? await history.focus(focusSteps(args.exercise)) : undefined;
      const focus = quick ? practice(chosen, args.exercise, ctx.lang, args.draft?.focus ?? linked?.focus) : undefined;
      if (args.ui && focus) out(ctx, style.cyan(await practiceLine(focus, ctx.lang)));
      return {
        customer,
        ...(linked && { linkedPrep: linked }),
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
    setup: async ({ history, at, ui }) => {
      // A second reflection on one day is allowed, but should not happen by mistake.
      const day = localDay(at);
      // Only the dailies of the days these look at: the day itself may be a time zone away.
      const near = await history.dailies(addDays(day, -RECALL_DAYS), addDays(day, 1));
      const earlier = near.findLast((e) => localDay(new Date(e.createdAt)) === day);
      if (ui && earlier) out(ctx, style.yellow(t().flow.dailyAgain(day, earlier.createdAt.slice(11, 16))));
      const previous = near.findLast((e) => {
        const ago = daysBetween(e.createdAt.slice(0, 10), day);
        return ago >= 1 && ago <= RECALL_DAYS && e.answers.some((a) => a.step === STEP.intention);
      });
      return previous ? { previous } : {};
    },
    after: ({ entry, history }) => {
      const days = [...history.digest.dailies.keys(), dayOf(entry.createdAt)];
      // The streak through the day this reflection is for: a late one (`--at`) counts for its day.
      const until = entry.createdAt.slice(0, 10);
      return [streakLine(streaks(days, until > localDay(ctx.now) ? localDay(ctx.now) : until, streakRules(ctx.config)), ctx.lang)];
    },
  });
}
