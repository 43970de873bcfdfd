import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { addDays, localDay } from "../../dates.js";
import { UsageError, UserError } from "../../errors.js";
import { generateJournal } from "../../demo/generate.js";
import { writeEntries } from "../../demo/write.js";
import { loadExercises, loadMenus, pickExercise } from "../../exercises/load.js";
import { t } from "../../i18n/index.js";
import type { Context } from "../context.js";
import { err, out } from "../output.js";
import { summary } from "./summary.js";
import type { DemoOptions } from "../specs/demo.js";

async function freshFolder(cwd: string, dir: string | undefined): Promise<string> {
  if (!dir) return fs.mkdtemp(path.join(os.tmpdir(), "empathy-demo-"));
  const target = path.resolve(cwd, dir);
  const existing = await fs.readdir(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return [];
    throw new UserError(e.code === "ENOTDIR" ? t().errors.outNotFolder(dir) : t().errors.unreadable(dir, e.code ?? "error"));
  });
  if (existing.length > 0) throw new UserError(t().demo.notEmpty(dir));
  return target;
}

/** Writes a sample journal of several months to a new folder and shows what the summary makes of it. */
export async function demo(ctx: Context, opts: DemoOptions): Promise<void> {
  const seed = Number(opts.seed);
  const count = Number(opts.entries);
  if (!/^\d+$/.test(opts.seed) || !Number.isSafeInteger(seed)) throw new UsageError(t().errors.badWhole("seed", opts.seed, "≥ 0"));
  if (!/^\d+$/.test(opts.entries) || count < 1 || count > 100_000) throw new UsageError(t().errors.badWhole("entries", opts.entries, "1–100000"));
  const dir = await freshFolder(ctx.cwd, opts.out);
  const [{ exercises }, menus] = await Promise.all([loadExercises(), loadMenus()]);
  const entries = await generateJournal({
    seed,
    lang: ctx.lang,
    // Up to yesterday, so that no sample entry lies in the future and today stays yours.
    until: addDays(localDay(ctx.now), -1),
    entries: count,
    exercises: { prep: pickExercise(exercises, "prep"), debrief: pickExercise(exercises, "debrief"), daily: pickExercise(exercises, "daily") },
    menus,
  });
  await writeEntries(dir, entries);
  err(ctx, t().demo.written(entries.length, dir));
  await summary({ ...ctx, folders: { ...ctx.folders, journal: dir }, useCache: false }, { since: "12w" });
  out(ctx, `\n${t().demo.next(dir.includes(" ") ? `"${dir}"` : dir)}`);
}
