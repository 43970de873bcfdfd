import { createHash } from "node:crypto";
import fs from "node:fs";

/**
 * Edits the rows of a month's head file of the index. By default as a user could by hand: the
 * first line (version, stamp, the rows' sum) is kept; `asWritten` sums the new rows there, as the
 * tool would have written them. The file is then dated `atMs`, by default a second ahead, so that
 * no journal file counts as changed in the moment it was written.
 */
export function editIndexRows(head: string, edit: (rows: unknown[][]) => void, opts: { atMs?: number; asWritten?: boolean } = {}): void {
  const text = fs.readFileSync(head, "utf8");
  const end = text.indexOf("\n");
  const line = JSON.parse(text.slice(0, end)) as { rowsSum: string };
  const rows = JSON.parse(text.slice(end + 1)) as unknown[][];
  edit(rows);
  const changed = JSON.stringify(rows);
  if (opts.asWritten) line.rowsSum = createHash("sha1").update(changed).digest("hex");
  fs.writeFileSync(head, `${JSON.stringify(line)}\n${changed}`);
  const at = new Date(opts.atMs ?? Date.now() + 1000);
  fs.utimesSync(head, at, at);
}
