import type { Menus } from "../exercises/load.js";
import { answerText } from "../exercises/answer-text.js";
import type { AnswerValue, Exercise } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import type { Entry } from "../journal/entry.js";
import { mdText } from "./markdown.js";
import { safe } from "../data/safe-text.js";

function plain(value: AnswerValue): string {
  return Array.isArray(value) ? value.join("; ") : String(value);
}

/**
 * A CSV cell: quoted when needed, never read as a formula by a spreadsheet, and (CSV having no
 * escapes) with control and bidi characters replaced as on a terminal; line breaks stay.
 */
function cell(text: string): string {
  const shown = safe(text.replace(/\r\n?/g, "\n"));
  const value = /^[=+\-@\t]/.test(shown) ? `'${shown}` : shown;
  return /[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * How a CSV is laid out. For Excel: a byte order mark, or it reads UTF-8 as another code page, and
 * `;` between cells where the decimal separator is a comma (Dutch), or it puts a row in one cell.
 */
export interface CsvShape {
  separator: "," | ";";
  bom: boolean;
}

export const PLAIN_CSV: CsvShape = { separator: ",", bom: false };

function csv(rows: readonly string[][], shape: CsvShape): string {
  return `${shape.bom ? "\uFEFF" : ""}${rows.map((r) => r.map(cell).join(shape.separator)).join("\r\n")}\r\n`;
}

/** The columns every row of an entry starts with. */
const ENTRY_COLUMNS = ["entry", "kind", "created_at", "customer", "exercise"];
const entryCells = (e: Entry) => [e.id, e.kind, e.createdAt, e.customer ?? "", `${e.exercise.id}@${e.exercise.version}`];
const tagCell = (e: Entry) => (e.tags ?? []).join(" ");

/** One row per answer, for a spreadsheet. */
export function entriesToCsv(entries: readonly Entry[], shape: CsvShape = PLAIN_CSV): string {
  const rows = [[...ENTRY_COLUMNS, "step", "type", "question", "answer", "tags"]];
  for (const e of entries) for (const a of e.answers) rows.push([...entryCells(e), a.step, a.type, a.question, plain(a.answer), tagCell(e)]);
  return csv(rows, shape);
}

/**
 * One row per entry, one column per step (by id, in the order steps first appear), for a pivot
 * table; then the tags and the follow-up actions, open and done.
 */
export function entriesToWideCsv(entries: readonly Entry[], shape: CsvShape = PLAIN_CSV): string {
  const steps = [...new Set(entries.flatMap((e) => e.answers.map((a) => a.step)))];
  const rows = [[...ENTRY_COLUMNS, "tags", "actions_open", "actions_done", ...steps]];
  for (const e of entries) {
    const byStep = new Map(e.answers.map((a) => [a.step, plain(a.answer)]));
    const done = e.actions.filter((a) => a.done).length;
    rows.push([...entryCells(e), tagCell(e), String(e.actions.length - done), String(done), ...steps.map((s) => byStep.get(s) ?? "")]);
  }
  return csv(rows, shape);
}

/** Entries as Markdown for people: answers as `show` prints them (labels, not ids). */
export function entriesToMarkdown(entries: readonly Entry[], exercises: readonly Exercise[], menus: Menus, lang: Lang): string {
  const out: string[] = [];
  for (const e of entries) {
    const when = e.createdAt.slice(0, 16).replace("T", " ");
    out.push(`## ${when} · ${e.kind}${e.customer ? ` · ${mdText(e.customer)}` : ""}`, "", `\`${e.id}\``, "");
    if (e.tags?.length) out.push(mdText(e.tags.map((tag) => `#${tag}`).join(" ")), "");
    const steps = exercises.find((x) => x.id === e.exercise.id)?.steps;
    for (const a of e.answers) {
      const value = answerText(a.answer, steps?.find((s) => s.id === a.step), menus, lang);
      out.push(`**${mdText(a.question)}**  `, mdText(value, { multiline: true }), "");
    }
    if (e.actions.length > 0) {
      out.push(...e.actions.map((x) => `- [${x.done ? "x" : " "}] ${mdText(x.text)}${x.due ? ` (${x.due})` : ""}`), "");
    }
  }
  return out.join("\n");
}
