import { t } from "../../i18n/index.js";
import { versioned } from "../../insights/json.js";
import type { Context } from "../context.js";
import { out, outJson } from "../output.js";
import type { WhereOptions } from "../specs/where.js";

export async function where(ctx: Context, opts: WhereOptions): Promise<void> {
  const f = ctx.folders;
  if (opts.json) return outJson(ctx, versioned(f));
  const m = t().where;
  const rows: [string, string][] = [
    [m.journal, f.journal],
    [m.config, f.config],
    [m.cache, f.cache],
    [m.data, f.data],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  out(ctx, rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n"));
}
