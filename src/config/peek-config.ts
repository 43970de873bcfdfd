import { readBytesSync } from "../data/read-whole.js";
import path from "node:path";
import { CONFIG_FILE } from "../paths.js";

/**
 * The two settings that nudge and shell completion need, read without loading the YAML parser or
 * zod: both run at every shell start or Tab and must stay as fast as Node's own start-up.
 */
export function peekConfig(configDir: string): { journal?: string; lang?: string } {
  let text: string;
  try {
    text = readBytesSync(path.join(configDir, CONFIG_FILE)).toString("utf8");
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
