import type { Document, LineCounter } from "yaml";
import type { z } from "zod";
import { yamlTooComplex, type YamlLimits } from "./yaml-limits.js";
import { issueText, yamlProblemText } from "./reasons.js";
import { en } from "../i18n/messages.js";
import type { SchemaIssue } from "./invalid-file.js";
import { fastYaml } from "./fast-yaml.js";
import { fullYaml } from "./full-yaml.js";
import type { Guard } from "./guards.js";

/** One thing wrong with a file, located as precisely as we can: `file:line: field: message`. */
export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  /** What the schema found, as data, when it was the schema that found it. */
  issue?: SchemaIssue;
  /** The text is no YAML the parser can read: `message` is the parser's words, in English. */
  syntax?: true;
}

/** A problem as one line in the run's words; the message itself stays as found (a reader may match it). */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const message = p.syntax ? yamlProblemText(p.message) : p.message;
  return p.field ? `${where}: ${p.field}: ${message}` : `${where}: ${message}`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Caps that keep a hostile file from costing much: aliases expand at most this often. Keys are
 * checked for uniqueness below, in one pass: the parser's own check compares every key with every
 * other, and a map of 5,000 keys took seconds.
 */
const YAML_OPTIONS = { uniqueKeys: false, maxAliasCount: 100, prettyErrors: true } as const;

/**
 * Parses YAML (JSON too: it is YAML) and validates it with a zod schema. Every problem carries the
 * line of the offending node, so a hand-edited file can be fixed without guessing. A text the
 * quick reader takes and the schema accepts is done there; anything else goes to `yaml`, which
 * gives the same verdict and finds the lines.
 */
export function parseYaml<S extends z.ZodType>(text: string, schema: S, file: string, limits?: Partial<YamlLimits>): Parsed<z.infer<S>> {
  const read = readQuickly(text, file, limits);
  return "problems" in read ? { ok: false, problems: read.problems } : judged(read, schema, file);
}

/**
 * As `parseYaml`, where loading zod would cost more than the read (tens of milliseconds): a text
 * the quick reader takes and `isValue` accepts is done without it. `isValue` must accept only
 * values the schema accepts and gives back unchanged (no keys it would strip); anything else
 * goes to `schema()`, which judges and locates as `parseYaml` does.
 */
export async function parseYamlGuarded<T>(text: string, isValue: Guard<T>, schema: () => Promise<z.ZodType>, file: string, limits?: Partial<YamlLimits>): Promise<Parsed<T>> {
  const read = readQuickly(text, file, limits);
  if ("problems" in read) return { ok: false, problems: read.problems };
  if (read.fast && isValue(read.fast.value)) return { ok: true, value: read.fast.value };
  return judged(read, await schema(), file) as Parsed<T>;
}

type QuickRead = { bare: string; fast: { value: unknown } | undefined };

/** The schema's verdict on the quick reader's value, or else `yaml`'s reading, which locates. */
function judged<S extends z.ZodType>(read: QuickRead, schema: S, file: string): Parsed<z.infer<S>> {
  if (read.fast) {
    const result = schema.safeParse(read.fast.value);
    if (result.success) return { ok: true, value: result.data };
  }
  return parseLocating(read.bare, schema, file);
}

/** The text without its byte-order mark and its value by the quick reader, if it gives one; or why no reader should try. */
function readQuickly(text: string, file: string, limits?: Partial<YamlLimits>): { problems: Problem[] } | QuickRead {
  // Before any parser: what no reader should spend time or memory on is refused by its shape.
  const tooComplex = yamlTooComplex(text, limits);
  if (tooComplex) return { problems: [{ file, message: tooComplex, syntax: true }] };
  const bare = text.replace(/^\uFEFF/, "");
  return { bare, fast: fastYaml(bare) };
}

/** The reading by `yaml`, which knows where each node is: the judge of every text the quick reader left. */
export function parseLocating<S extends z.ZodType>(text: string, schema: S, file: string): Parsed<z.infer<S>> {
  const { LineCounter, parseDocument } = fullYaml();
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines });
  } catch (e) {
    // Pathological input (nesting thousands deep) can exhaust the parser itself.
    return { ok: false, problems: [{ file, message: `cannot be parsed (${firstLine((e as Error).message)})`, syntax: true }] };
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
        syntax: true as const,
      })),
    };
  }
  const badKey = keyProblem(doc);
  if (badKey) return { ok: false, problems: [{ file, line: lines.linePos(badKey.at).line, message: badKey.message, syntax: true }] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount });
  } catch (e) {
    return { ok: false, problems: [{ file, message: firstLine((e as Error).message), syntax: true }] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
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

/**
 * The first key that is a list or a map (it would only be turned into text, with a warning), or
 * that repeats one before it in its map.
 */
function keyProblem(doc: Document): { at: number; message: string } | undefined {
  const { isCollection, isScalar, visit } = fullYaml();
  let found: { at: number; message: string } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const at = (key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
        if (isCollection(key)) found = { at, message: en.reasons.yaml.plainKey };
        else {
          const value = isScalar(key) ? key.value : key;
          if (seen.has(value)) found = { at, message: en.reasons.yaml.uniqueKeys };
          seen.add(value);
        }
        if (found) return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
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
