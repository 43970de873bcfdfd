import { safe, safeLine } from "./safe-text.js";

const MARKUP = /[\\`*_{}[\]<>#|~&]/g;

/**
 * User text for Markdown: control characters replaced and every character Markdown reads as
 * markup escaped, so a name can neither break a table (|) nor format, link or inject HTML. On one
 * line by default; `multiline` keeps the writer's line breaks as Markdown line breaks.
 */
export function mdText(s: string, opts: { multiline?: boolean } = {}): string {
  if (!opts.multiline) return safeLine(s).replace(MARKUP, "\\$&");
  return safe(s).replace(MARKUP, "\\$&").replace(/\r?\n/g, "  \n");
}
