import { safeJson } from "../data/safe-text.js";

/** Everything the commands print goes through here, so a test or a pipe sees one stream each. */
export function out(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

export function err(text: string): void {
  process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
}

export function outJson(value: unknown): void {
  out(safeJson(JSON.stringify(value, null, 2)));
}
