import { streakRules } from "../streak-rules.js";
import { UsageError, UserError } from "../../errors.js";
import { loadMenus, loadExercises, pickExercise } from "../../exercises/load.js";
import { t } from "../../i18n/index.js";
import { reportJson, versioned } from "../../insights/json.js";
import { windowStart } from "../../insights/journal-view.js";
import { notReviewedReason } from "../../render/not-reviewed.js";
import { safeJson, safeLine } from "../../data/safe-text.js";
import { assembleReview, readTrainees, SORT_KEYS, type ReviewReport } from "../../review/review.js";
import { resolveTrainees } from "../../review/targets.js";
import type { Context } from "../context.js";
import { liesInside } from "../lies-inside.js";
import { refuseOwnFoldersInside } from "../own-folders.js";
import { decrypterOf, keysOf } from "../journal-input.js";
import { err, out } from "../output.js";
import { reportPeriod } from "../period.js";
import { progressLine } from "../progress.js";

import { chosenFormat, type PerFormat } from "../formats.js";
import { isSealed } from "../../crypto/sealed.js";
import type { ReviewOptions } from "../specs/review.js";

type Renderer = (report: ReviewReport, lang: Context["lang"]) => string;

/**
 * The renderer of a format, imported only when asked for. The import starts before the journals
 * are read, so that its file reads happen alongside theirs: an import awaited before reading
 * delays it, and one started after leaves an idle wait in which a garbage collection starts that
 * slows the analysis down.
 */
const RENDERERS: PerFormat<"review", (details: boolean) => Promise<Renderer>> = {
  json: async () => ({ notReviewed, trainees, ...rest }, lang) => {
    // First, as in every format: the members left out, each with its code and its reason in words.
    const left = notReviewed.map((n) => ({ ...n, text: notReviewedReason(n, lang) }));
    return `${safeJson(reportJson(versioned({ notReviewed: left, ...rest, trainees: trainees.map(({ summary, ...r }) => ({ ...r, ...summary })) })))}\n`;
  },
  md: async () => (await import("../../render/review-markdown.js")).renderReviewMarkdown,
  html: async () => (await import("../../render/review-html.js")).renderReviewHtml,
  text: async (details) => {
    const { renderReviewText } = await import("../../render/review-text.js");
    return (report, lang) => renderReviewText(report, lang, { details });
  },
};

/** A coach's read-only review of one or more trainees' journals. */
export async function review(ctx: Context, opts: ReviewOptions): Promise<void> {
  const dirs = opts.dir;
  const period = reportPeriod(opts, ctx.now);
  const { trainees, notReviewed } = resolveTrainees(dirs, ctx.cwd);
  // A review never writes into a folder it reviews, whatever links the way there passes.
  // (Loaded only for --out: a review to the terminal starts without it.)
  const outFile = opts.out ? await import("../out-file.js") : undefined;
  const reviewed = [...dirs, ...trainees.map((tr) => tr.dir)];
  if (opts.out && reviewed.some((dir) => liesInside(opts.out!, dir, ctx.cwd))) throw new UserError(t().review.cli.outInside(opts.out));
  refuseOwnFoldersInside({ cache: ctx.useCache ? ctx.folders.cache : undefined, data: ctx.folders.data }, reviewed, ctx.cwd);
  const format = chosenFormat("review", opts);
  const rendering = RENDERERS[format](opts.details === true);
  // The content is loaded alongside the reading, so --sort is checked only after it: waiting for the
  // content first made a warm review of 10,000 entries 3% slower.
  const folders = {
    ...(ctx.useCache && { cacheDir: ctx.folders.cache }),
    dataDir: ctx.folders.data,
    keys: keysOf(ctx, true),
    open: decrypterOf(ctx),
    // The months before the window come as digests, but for pseudonyms, which are given over every entry.
    ...(!opts.anonymize && { digestsBefore: windowStart(period.since, period.until) }),
  };
  const progress = progressLine("", ctx.stderr);
  const reading = (i: number, done: number, total: number) =>
    progress.update(done, total, t().review.cli.reading(safeLine(trainees[i]!.name), i + 1, trainees.length));
  const [{ exercises }, menus, read] = await Promise.all([loadExercises(), loadMenus(), readTrainees(trainees, folders, reading)]);
  progress.end();
  const debrief = pickExercise(exercises, "debrief");
  const ratingIds = debrief.steps.filter((s) => s.type === "rating").map((s) => s.id);
  if (![...SORT_KEYS, ...ratingIds].includes(opts.sort))
    throw new UsageError(t().errors.badSort(opts.sort, [...SORT_KEYS, ...ratingIds].join(", ")));
  const report = assembleReview(read, {
    notReviewed,
    ...period,
    rules: streakRules(ctx.config),
    menus,
    debrief,
    lang: ctx.lang,
    ...(opts.anonymize && { anonymize: (await import("../../review/anonymize.js")).anonymizeEntries }),
    sort: opts.sort,
    pseudonymWord: t().review.cli.customerWord,
    contactWord: t().review.cli.contactWord,
  });
  const text = (await rendering)(report, ctx.lang);
  if (!opts.out) return out(ctx, text);
  // Checked again on the folder the file actually lands in: a link on the way may have changed.
  await outFile!.writeOutFile(ctx.cwd, opts.out, text, reviewed);
  err(ctx, t().review.cli.written(opts.out!));
  if (read.some((r) => r.contents.entries.some((e) => isSealed(e.path)))) err(ctx, t().crypto.plainOut(opts.out!));
}
