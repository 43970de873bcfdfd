/**
 * Text that came from a user (answers, customer names, file contents) is printed only through
 * this: control characters and bidirectional overrides are replaced, so a journal cannot send
 * escape sequences to a coach's terminal or make text read backwards.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safe(text: string): string {
  return text.replace(UNSAFE, "\uFFFD");
}

/**
 * JSON text with what `JSON.stringify` leaves raw escaped too: DEL, C1 controls, bidi marks and
 * line separators. Lossless (a reader gets the same strings), yet nothing reaches a terminal raw.
 * Such characters can only stand inside strings, where an escape means the same.
 */
// eslint-disable-next-line no-control-regex
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** One line: newlines and tabs become spaces as well. */
export function safeLine(text: string): string {
  return safe(text).replace(/[\n\t\r]+/g, " ");
}

/** Columns a text takes, counted in characters (not UTF-16 units). */
export const textWidth = (text: string): number => Array.from(text).length;
export const padEnd = (text: string, width: number): string => text + " ".repeat(Math.max(0, width - textWidth(text)));
export const padStart = (text: string, width: number): string => " ".repeat(Math.max(0, width - textWidth(text))) + text;

/** Shortens to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** Wraps prose at word boundaries; 80 columns read best, a narrower terminal passes its width. */
export function wrap(text: string, width = 80): string {
  return text
    .split("\n")
    .map((para) => {
      const lines: string[] = [];
      let line = "";
      for (const word of para.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      return lines.join("\n");
    })
    .join("\n");
}
