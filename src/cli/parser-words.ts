import type { HelpConfiguration } from "commander";
import type { Messages } from "../i18n/messages.js";

/**
 * The option parser's own words (headings of `--help`, its error lines) in the run's language.
 * It writes English; these replace its headings as they are styled and its errors as they are
 * printed, so that a Dutch run reads Dutch from the first line to the last.
 */
export function helpWords(m: Messages["parser"]): HelpConfiguration {
  const extras = (s: string) =>
    s.replace(/\(default: /g, `(${m.default}: `).replace(/\(choices: /g, `(${m.choices}: `).replace(/\(env: /g, `(${m.env}: `).replace(/([;,]) (default|choices|env): /g, (_x, sep: string, w: "default" | "choices" | "env") => `${sep} ${m[w]}: `);
  const usage = (s: string) => s.replace("[options]", `[${m.options}]`).replace("[command]", `[${m.command}]`);
  return {
    styleTitle: (title) => m.headings[title] ?? title,
    styleUsage: usage,
    styleSubcommandTerm: usage,
    styleOptionDescription: extras,
    styleArgumentDescription: extras,
  };
}

/** One of the parser's error lines in the run's words: `error: unknown option '--x'` and the like, on one line. */
export function errorWords(line: string, m: Messages["parser"]): string {
  const text = line.replace(/^error: /, "").replace(/\n\(Did you mean (.+)\?\)/, (_x, s: string) => ` — ${m.didYouMean(s)}`).trimEnd();
  for (const [pattern, say] of m.errors) {
    const found = pattern.exec(text);
    if (found) return `empathy: ${say(...found.slice(1))}\n`;
  }
  return `empathy: ${text}\n`;
}
