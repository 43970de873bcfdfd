import { streakRules } from "../../config/config.js";
import { UserError } from "../../errors.js";
import { loadMenus, loadExercises, pickExercise } from "../../exercises/load.js";
import { t } from "../../i18n/index.js";
import { reportJson } from "../../insights/json.js";
import { assembleReview, readTrainees, SORT_KEYS, type ReviewReport } from "../../review/review.js";
import { resolveTrainees } from "../../review/targets.js";
import type { Context } from "../context.js";
import { decrypterOf, keysOf } from "../journal-input.js";
import { err, out } from "../output.js";
import { reportPeriod } from "../period.js";

import type { ReviewFormat } from "../formats.js";
import { isSealed } from "../../crypto/sealed.js";

export interface ReviewCliOptions {
  since?: string;
  until?: string;
  format: ReviewFormat;
  out?: string;
  sort: string;
  anonymize?: boolean;
}

type Renderer = (report: ReviewReport, lang: Context["lang"]) => string;

/**
 * The renderer of a format, imported only when asked for. The import starts before the journals
 * are read, so that its file reads happen alongside theirs: an import awaited before reading
 * delays it, and one started after leaves an idle wait in which a garbage collection starts that
 * slows the analysis down.
 */
async function renderer(format: ReviewFormat): Promise<Renderer> {
  if (format === "json")
    return ({ trainees, ...rest }) => `${reportJson({ ...rest, trainees: trainees.map(({ summary, ...r }) => ({ ...r, ...summary })) })}\n`;
  if (format === "md") return (await import("../../render/review-markdown.js")).renderReviewMarkdown;
  if (format === "html") return (await import("../../render/review-html.js")).renderReviewHtml;
  return (await import("../../render/review-text.js")).renderReviewText;
}

/** A coach's read-only review of one or more trainees' journals. */
export async function review(ctx: Context, dirs: string[], opts: ReviewCliOptions): Promise<void> {
  const period = reportPeriod(opts, ctx.now);
  const { trainees, skipped } = resolveTrainees(dirs);
  // A review never writes into a folder it reviews, whatever links the way there passes.
  // (Loaded only for --out: a review to the terminal starts without it.)
  const outFile = opts.out ? await import("../out-file.js") : undefined;
  if (opts.out && [...dirs, ...trainees.map((tr) => tr.dir)].some((dir) => outFile!.liesInside(opts.out!, dir)))
    throw new UserError(t().review.cli.outInside(opts.out));
  const rendering = renderer(opts.format);
  // The content is loaded alongside the reading, so --sort is checked only after it: waiting for the
  // content first made a warm review of 10,000 entries 3% slower.
  const folders = {
    ...(ctx.useCache && { cacheDir: ctx.folders.cache }),
    dataDir: ctx.folders.data,
    keys: keysOf(ctx, true),
    open: decrypterOf(ctx),
  };
  const [{ exercises }, menus, read] = await Promise.all([loadExercises(), loadMenus(), readTrainees(trainees, folders)]);
  const debrief = pickExercise(exercises, "debrief");
  const ratingIds = debrief.steps.filter((s) => s.type === "rating").map((s) => s.id);
  if (![...SORT_KEYS, ...ratingIds].includes(opts.sort))
    throw new UserError(t().errors.badSort(opts.sort, [...SORT_KEYS, ...ratingIds].join(", ")));
  const report = assembleReview(read, {
    skipped,
    ...period,
    rules: streakRules(ctx.config),
    menus,
    debrief,
    lang: ctx.lang,
    ...(opts.anonymize && { anonymize: (await import("../../review/anonymize.js")).anonymizeEntries }),
    sort: opts.sort,
    pseudonymWord: t().review.cli.customerWord,
  });
  const text = (await rendering)(report, ctx.lang);
  if (!opts.out) return out(text);
  await outFile!.writeOutFile(opts.out, text);
  err(t().review.cli.written(opts.out!));
  if (read.some((r) => r.contents.entries.some((e) => isSealed(e.path)))) err(t().crypto.plainOut(opts.out!));
}
