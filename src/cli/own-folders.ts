import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { liesInside } from "./lies-inside.js";

/**
 * A coach's cache and data folders are written by review and note: neither may lie inside a
 * trainee's folder (an XDG variable pointing there), which the tool never writes to.
 */
export function refuseOwnFoldersInside(own: { cache?: string | undefined; data: string }, reviewed: readonly string[], cwd: string): void {
  for (const dir of reviewed) {
    if (own.cache && liesInside(own.cache, dir, cwd)) throw new UserError(t().review.cli.cacheInside(own.cache, dir));
    if (liesInside(own.data, dir, cwd)) throw new UserError(t().review.cli.dataInside(own.data, dir));
  }
}
