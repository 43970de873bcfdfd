import type { Menus } from "../exercises/load.js";
import { answerText } from "../exercises/answer-text.js";
import type { Exercise } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import type { AnswerValue, Entry } from "../journal/entry.js";
import { mdText } from "./markdown.js";
import { safe } from "./safe-text.js";

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

const CSV_COLUMNS = ["entry", "kind", "created_at", "customer", "exercise", "step", "type", "question", "answer"];

/** One row per answer, for a spreadsheet. */
export function entriesToCsv(entries: readonly Entry[]): string {
  const rows = [CSV_COLUMNS.join(",")];
  for (const e of entries) {
    for (const a of e.answers) {
      rows.push(
        [e.id, e.kind, e.createdAt, e.customer ?? "", `${e.exercise.id}@${e.exercise.version}`, a.step, a.type, a.question, plain(a.answer)]
          .map(cell)
          .join(","),
      );
    }
  }
  return `${rows.join("\r\n")}\r\n`;
}

/** Entries as Markdown for people: answers as `show` prints them (labels, not ids). */
export function entriesToMarkdown(entries: readonly Entry[], exercises: readonly Exercise[], menus: Menus, lang: Lang): string {
  const out: string[] = [];
  for (const e of entries) {
    const when = e.createdAt.slice(0, 16).replace("T", " ");
    out.push(`## ${when} · ${e.kind}${e.customer ? ` · ${mdText(e.customer)}` : ""}`, "", `\`${e.id}\``, "");
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
