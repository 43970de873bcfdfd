import { loadLang, setLang } from "../i18n/index.js";
import { langFromLocale } from "../i18n/lang.js";
import type { Runtime } from "./runtime.js";

/**
 * `empathy` with no words at all: the home screen, without the option parser and its command
 * table, which such a run would load only to find nothing to parse. A prompt or status bar may
 * run it often. Errors end as they do after the parser (the same words, the same exit codes).
 */
export async function homeAlone(rt: Runtime): Promise<number> {
  const lang = langFromLocale(rt.env);
  await loadLang(lang);
  setLang(lang);
  try {
    const [{ home }, { createContext }] = await Promise.all([import("./commands/home.js"), import("./context.js")]);
    await home(await createContext({}, rt));
    return 0;
  } catch (e) {
    return (await import("./program.js")).exitCodeFor(e, rt);
  }
}
