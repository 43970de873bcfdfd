import fs from "node:fs";
import path from "node:path";
import { localDay } from "../../dates.js";
import { isLang, langFromLocale, type Lang } from "../../i18n/lang.js";
import { loadLang, t } from "../../i18n/index.js";
import { peekConfig } from "../../config/peek-config.js";
import { resolveFolders } from "../../paths.js";
import type { Runtime } from "../runtime.js";
import { entryNameOf } from "../../journal/naming.js";

/**
 * One line when today's daily reflection is missing, nothing otherwise. Made for a shell start-up
 * file, so it reads only file names in this month's folder — no YAML, no schemas — and never fails
 * loudly: a shell must start whatever the journal's state.
 */
export async function nudge({ rt, globals }: { rt: Pick<Runtime, "env" | "cwd" | "clock" | "stdout">; globals: { journal?: string; lang?: Lang } }): Promise<void> {
  try {
    const base = resolveFolders({}, rt.env);
    const config = globals.journal && globals.lang ? {} : peekConfig(base.config);
    const folders = resolveFolders({ journal: globals.journal, configJournal: config.journal, cwd: rt.cwd }, rt.env);
    const today = localDay(rt.clock());
    const month = path.join(folders.journal, today.slice(0, 4), today.slice(5, 7));
    const prefix = `${today}T`;
    let names: string[] = [];
    try {
      names = fs.readdirSync(month);
    } catch {
      /* no entries this month yet */
    }
    const daily = entryNameOf("daily");
    if (names.some((n) => n.startsWith(prefix) && daily.test(n))) return;
    const lang = globals.lang ?? (isLang(config.lang) ? config.lang : langFromLocale(rt.env));
    await loadLang(lang);
    rt.stdout.write(`${t(lang).status.nudge}\n`);
  } catch {
    /* never break a shell start-up */
  }
}
