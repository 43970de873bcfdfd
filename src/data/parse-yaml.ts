import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { issueText } from "../i18n/reasons.js";
import type { SchemaIssue } from "../journal/entry.js";

/** One thing wrong with a file, located as precisely as we can: `file:line: field: message`. */
export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  /** What the schema found, as data, when it was the schema that found it. */
  issue?: SchemaIssue;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

export type Parsed<T> = { ok: true; value: T; doc: Document } | { ok: false; problems: Problem[] };

/** Caps that keep a hostile file from costing much: aliases expand at most this often. */
const YAML_OPTIONS = { uniqueKeys: true, maxAliasCount: 100, prettyErrors: true } as const;

/**
 * Parses YAML (JSON too: it is YAML) and validates it with a zod schema. Every problem carries the
 * line of the offending node, so a hand-edited file can be fixed without guessing.
 */
export function parseYaml<S extends z.ZodType>(text: string, schema: S, file: string): Parsed<z.infer<S>> {
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text.replace(/^\uFEFF/, ""), { ...YAML_OPTIONS, lineCounter: lines });
  } catch (e) {
    // Pathological input (nesting thousands deep) can exhaust the parser itself.
    return { ok: false, problems: [{ file, message: `cannot be parsed (${firstLine((e as Error).message)})` }] };
  }
  // Warnings are errors here: an unknown tag (`!custom`) would otherwise pass as plain text.
  const errors = [...doc.errors, ...doc.warnings];
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.slice(0, 5).map((e) => ({
        file,
        line: e.linePos?.[0]?.line,
        // The pretty message repeats the position and quotes the source; the line is enough.
        message: firstLine(e.message).replace(/ at line \d+, column \d+:?$/, ""),
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount });
  } catch (e) {
    return { ok: false, problems: [{ file, message: firstLine((e as Error).message) }] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, doc };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 10).map((zodIssue) => {
      const issue = schemaIssue(zodIssue, data);
      return { file, line: lineOf(doc, lines, zodIssue.path), field: zodIssue.path.length ? zodIssue.path.join(".") : undefined, message: issueText(issue), issue };
    }),
  };
}

/** The kind of a value as the schema's words name it: `missing` for nothing at all. */
function kindOf(v: unknown): string {
  return v === undefined ? "missing" : v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

/** A zod issue as plain data, with the kind of value found but never the value itself. */
function schemaIssue(issue: z.core.$ZodIssue, data: unknown): SchemaIssue {
  const found = issue.path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
  const i = issue as z.core.$ZodIssue & { expected?: string; origin?: string; minimum?: number | bigint; maximum?: number | bigint; values?: unknown[]; keys?: string[] };
  return {
    code: issue.code,
    message: issue.message,
    ...(i.expected !== undefined && { expected: String(i.expected), got: kindOf(found) }),
    ...(i.origin !== undefined && { origin: String(i.origin) }),
    ...(i.minimum !== undefined && { minimum: Number(i.minimum) }),
    ...(i.maximum !== undefined && { maximum: Number(i.maximum) }),
    ...(i.values !== undefined && { values: i.values.map((v) => JSON.stringify(v)) }),
    ...(i.keys !== undefined && { keys: i.keys }),
  };
}

/** The line of the deepest node that exists along `path` (a missing field points at its parent). */
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.trim();
}
