import fs from "node:fs";
import path from "node:path";
import { localDay } from "../../dates.js";
import { isLang, langFromLocale, type Lang } from "../../i18n/lang.js";
import { t } from "../../i18n/index.js";
import { resolveFolders } from "../../paths.js";
import { CONFIG_FILE } from "../../paths.js";

/**
 * One line when today's daily reflection is missing, nothing otherwise. Made for a shell start-up
 * file, so it reads only file names in this month's folder — no YAML, no schemas — and never fails
 * loudly: a shell must start whatever the journal's state.
 */
export function nudge(globals: { journal?: string; lang?: Lang }, now = new Date()): void {
  try {
    const base = resolveFolders({});
    const config = globals.journal && globals.lang ? {} : peekConfig(base.config);
    const folders = resolveFolders({ journal: globals.journal, configJournal: config.journal });
    const today = localDay(now);
    const month = path.join(folders.journal, today.slice(0, 4), today.slice(5, 7));
    const prefix = `${today}T`;
    let names: string[] = [];
    try {
      names = fs.readdirSync(month);
    } catch {
      /* no entries this month yet */
    }
    if (names.some((n) => n.startsWith(prefix) && /^\d{4}-\d{2}-\d{2}T\d{4}-daily(?:-[a-z0-9-]+)?\.yaml(?:\.age)?$/.test(n))) return;
    const lang = globals.lang ?? (isLang(config.lang) ? config.lang : langFromLocale());
    process.stdout.write(`${t(lang).status.nudge}\n`);
  } catch {
    /* never break a shell start-up */
  }
}

/** The two settings nudge needs, read without loading the YAML parser when the file is simple. */
function peekConfig(configDir: string): { journal?: string; lang?: string } {
  let text: string;
  try {
    text = fs.readFileSync(path.join(configDir, CONFIG_FILE), "utf8");
  } catch {
    return {};
  }
  const value = (key: string) => {
    const raw = new RegExp(`^${key}:[ \\t]*(.*?)[ \\t]*$`, "m").exec(text)?.[1];
    if (!raw) return undefined;
    const quoted = /^(["'])(.*?)\1/.exec(raw);
    // A comment starts at a # after a space, as in YAML; inside quotes it is part of the value.
    return quoted ? quoted[2] : raw.replace(/[ \t]+#.*$/, "");
  };
  const journal = value("journal");
  const lang = value("lang");
  return { ...(journal && { journal }), ...(lang && { lang }) };
}
