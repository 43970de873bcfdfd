import path from "node:path";
import { writeFileAtomic } from "../data/atomic-write.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { writeOutsideOf } from "./write-outside.js";

/**
 * Writes a report or export given with `--out`; a place that cannot be written is the user's to fix.
 * A relative `given` is taken from `cwd`, the run's folder. With `outsideOf`, the file is refused if the folder it actually lands in lies inside one of those.
 */
export async function writeOutFile(cwd: string, given: string, text: string, outsideOf?: readonly string[]): Promise<void> {
  try {
    if (outsideOf) await writeOutsideOf(path.resolve(cwd, given), text, outsideOf, () => new UserError(t().review.cli.outInside(given)));
    else await writeFileAtomic(path.resolve(cwd, given), text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code) throw e;
    throw new UserError(t().errors.cannotWrite(given, code));
  }
}
