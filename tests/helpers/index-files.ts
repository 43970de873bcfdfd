import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The files of the index in a test's cache folder whose names match `names`, by path: month heads, say, or bodies. */
export function indexFiles(cache: string, names: RegExp): string[] {
  const root = path.join(cache, "empathy-coach", "index");
  return fs.readdirSync(root).flatMap((key) =>
    fs
      .readdirSync(path.join(root, key))
      .filter((n) => names.test(n))
      .map((n) => path.join(root, key, n)),
  );
}

/** A month's head file of the index, plain; and a body file, plain or sealed. */
export const HEAD_FILE = /^\d{4}-\d{2}\.json$/;
export const BODY_FILE = /\.answers\.json(\.age)?$/;

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

/** A month's body file of the index: every question text once, each file's answers as tuples. */
export interface IndexBody {
  questions: unknown[];
  answers: Record<string, unknown[][]>;
}

/**
 * Edits a month's body file of the index as a user could by hand, keeping its size: only a sum of
 * its text can then tell. Grown, the longest question text is cut to make room; shrunk, it ends in
 * spaces, as JSON allows.
 */
export function editIndexBody(file: string, edit: (body: IndexBody) => void): void {
  const size = fs.statSync(file).size;
  const body = JSON.parse(fs.readFileSync(file, "utf8")) as IndexBody;
  edit(body);
  let text = JSON.stringify(body);
  const at = body.questions.reduce<number>((best, q, i) => (typeof q === "string" && q.length > String(body.questions[best] ?? "").length ? i : best), 0);
  const longest = String(body.questions[at] ?? "");
  for (let cut = 1; Buffer.byteLength(text) > size && cut <= longest.length; cut++) {
    body.questions[at] = longest.slice(0, -cut);
    text = JSON.stringify(body);
  }
  if (Buffer.byteLength(text) > size) throw new Error("this edit does not fit the body's size");
  fs.writeFileSync(file, text + " ".repeat(size - Buffer.byteLength(text)));
}
