import { safe, safeLine } from "../data/safe-text.js";

const MARKUP = /[\\`*_{}[\]<>#|~&]/g;
/**
 * What makes a line a list item or a heading underline when it starts it: "- ", "+ ", "1. ", "2) ",
 * "---", "===". Escaped there, the line stays text ("> " and "#" are escaped as markup anyway).
 */
const LINE_START = /^(\s*)(?:([-+=])|(\d+)([.)])(?=\s|$))/gm;
const keepLineStarts = (s: string) =>
  s.replace(LINE_START, (_m, space: string, sign: string | undefined, num: string, dot: string) => (sign ? `${space}\\${sign}` : `${space}${num}\\${dot}`));

/**
 * User text for Markdown: control characters replaced and every character Markdown reads as
 * markup escaped, so a name can neither break a table (|) nor format, link or inject HTML. On one
 * line by default; `multiline` keeps the writer's line breaks as Markdown line breaks.
 */
export function mdText(s: string, opts: { multiline?: boolean } = {}): string {
  if (!opts.multiline) return keepLineStarts(safeLine(s).replace(MARKUP, "\\$&"));
  return keepLineStarts(safe(s).replace(MARKUP, "\\$&")).replace(/\r?\n/g, "  \n");
}
