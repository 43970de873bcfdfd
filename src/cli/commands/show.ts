import { localDay } from "../../dates.js";
import { loadExercises, loadMenus } from "../../exercises/load.js";
import { locateEntry } from "../../journal/locate.js";
import { renderEntry } from "../../render/entry.js";
import type { Context } from "../context.js";
import { keysOf } from "../journal-input.js";
import { out, outJson } from "../output.js";
import type { ShowOptions } from "../specs/show.js";

export async function show(ctx: Context, opts: ShowOptions): Promise<void> {
  const { entry, path } = await locateEntry(ctx.folders.journal, opts.id, undefined, keysOf(ctx, true));
  if (opts.json) return outJson(ctx, { ...entry, path });
  const [{ exercises }, menus] = await Promise.all([loadExercises(ctx.folders.journal), loadMenus()]);
  const exercise = exercises.find((e) => e.exercise.id === entry.exercise.id)?.exercise;
  out(ctx, renderEntry(entry, exercise, menus, ctx.lang, localDay(ctx.now)));
}
