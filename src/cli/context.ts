import { stat } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { UserError } from "../errors.js";
import { setLang, t } from "../i18n/index.js";
import { loadConfig, type Config } from "../config/config.js";
import { langFromLocale, type Lang } from "../i18n/lang.js";
import { resolveFolders, type Folders } from "../paths.js";

/** What every command works with: its folders, language and settings. Tests build one directly. */
export interface Context {
  folders: Folders;
  lang: Lang;
  config: Config;
  /** The moment the run started; flows and reports take "now" from here. */
  now: Date;
  /** Whether a person can answer prompts here. */
  interactive: boolean;
  /** Remember parsed entries in the cache folder (`--no-cache` turns it off). */
  useCache: boolean;
  /** The identity that opens an encrypted journal (`--identity`, `EMPATHY_IDENTITY`); else the config folder's. */
  identityFile?: string | undefined;
  /** Asks for a passphrase without echo; tests give their own. */
  askSecret?: ((message: string) => Promise<string>) | undefined;
}

export interface GlobalOptions {
  journal?: string;
  lang?: Lang;
  cache?: boolean;
  identity?: string;
}

export async function createContext(cmd: Command): Promise<Context> {
  const globals = cmd.optsWithGlobals<GlobalOptions>();
  const base = resolveFolders({});
  const config = await loadConfig(base.config);
  const folders = resolveFolders({ journal: globals.journal, configJournal: config.journal });
  const lang = globals.lang ?? config.lang ?? langFromLocale();
  setLang(lang);
  const st = await stat(folders.journal).catch(() => undefined);
  if (st && !st.isDirectory()) throw new UserError(t().errors.journalNotFolder(folders.journal));
  return {
    folders,
    lang,
    config,
    now: new Date(),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    useCache: globals.cache !== false,
    ...(globals.identity && { identityFile: path.resolve(globals.identity) }),
  };
}
