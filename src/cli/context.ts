import { stat } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../errors.js";
import { loadLang, setLang, t } from "../i18n/index.js";
import { loadConfig, type Config } from "../config/config.js";
import { langFromLocale, type Lang } from "../i18n/lang.js";
import { resolveFolders, type Folders } from "../paths.js";
import type { FlowQuestions } from "./interactive.js";
import type { Prompter } from "../session/prompter.js";
import { withRuntime, type Runtime } from "./runtime.js";
import type { GlobalOptions } from "./globals.js";
import { colourLevel } from "../render/colour-level.js";
import { useColour } from "../render/style.js";
import { keepYoungGenerationSmall } from "../data/heap.js";

/** The prompts of one run in a terminal: the exercise's steps and the questions around them. */
export interface Prompts {
  steps(scratchDir: string): Prompter;
  questions: FlowQuestions;
}

/** Makes the prompts, stopped by `signal`; a test gives scripted ones. */
export type PromptsFactory = (signal?: AbortSignal) => Promise<Prompts>;

/**
 * What every command works with: its folders, language and settings, and the runtime it reads and
 * writes through (streams, environment, folder, clock). Tests build one directly.
 */
export interface Context extends Runtime {
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
  /** Asks for a passphrase without echo; absent where no one can answer. */
  askSecret?: ((message: string) => Promise<string>) | undefined;
  prompts: PromptsFactory;
}

/** The Inquirer prompts on the run's own streams. */
function terminalPrompts(rt: Runtime): PromptsFactory {
  return async (signal) => {
    const { InteractivePrompter, FlowQuestions } = await import("./interactive.js");
    const io = { input: rt.stdin, output: rt.stdout, ...(signal && { signal }) };
    return {
      steps: (scratchDir) => new InteractivePrompter(scratchDir, io, (line) => rt.stdout.write(`${line}\n`), rt.env, { onSignal: rt.onSignal }),
      questions: new FlowQuestions(io),
    };
  };
}

/** A passphrase prompt that echoes nothing and writes to stderr, so that an export on stdout stays clean. */
function secretPrompt(rt: Runtime) {
  return async (message: string): Promise<string> => {
    const { password } = await import("@inquirer/prompts");
    return password({ message }, { input: rt.stdin, output: rt.stderr });
  };
}

/**
 * `languages`: the messages of both languages ("both"), or only of the run's ("run", for a
 * command that speaks no other: a report of the own journal).
 */
export async function createContext(
  globals: GlobalOptions,
  rt: Runtime,
  prompts: PromptsFactory = terminalPrompts(rt),
  languages: "both" | "run" = "both",
): Promise<Context> {
  // A command may read the whole journal; help, completion and the quick answers never get here.
  if (rt.ownsProcess) keepYoungGenerationSmall();
  const base = resolveFolders({}, rt.env);
  const config = await loadConfig(base.config);
  const folders = resolveFolders({ journal: globals.journal, configJournal: config.journal, cwd: rt.cwd }, rt.env);
  const lang = globals.lang ?? config.lang ?? langFromLocale(rt.env);
  // Both languages: a run may go on in the other one (a resumed draft, a trainee's entries).
  await loadLang(languages === "both" ? "nl" : lang);
  setLang(lang);
  const st = await stat(folders.journal).catch(() => undefined);
  if (st && !st.isDirectory()) throw new UserError(t().errors.journalNotFolder(folders.journal));
  // Standard input is looked at only for a terminal's output: on a pipe it is never made (see main.ts).
  const interactive = Boolean(rt.stdout.isTTY && rt.stdin.isTTY);
  await useColour(colourLevel(rt.env, rt.stdout.isTTY));
  const identity = globals.identity ?? rt.env.EMPATHY_IDENTITY;
  return withRuntime(rt, {
    folders,
    lang,
    config,
    now: rt.clock(),
    interactive,
    useCache: globals.cache !== false,
    prompts,
    ...(interactive && { askSecret: secretPrompt(rt) }),
    ...(identity && { identityFile: path.resolve(rt.cwd, identity) }),
  });
}
