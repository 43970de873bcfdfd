/*
 * Why a file could not be used, as data shared by every layer that reads files: the journal, the
 * exercises, the parsers, and the words for it (reasons.ts).
 */

/** What kind of problem a file has: the file-health report of a review groups by it. */
export type Problem = "not-yaml" | "schema" | "version" | "too-large" | "not-journal-file" | "misplaced" | "unreadable" | "encrypted";

/**
 * Why a file could not be used, as data: the reason is put into words only when it is shown, in
 * the language of that run (a file read once is remembered in the cache for every later run).
 */
export type Why =
  | { key: "link" | "folderInPlace" | "notRegular" | "badName" | "notUtf8" | "empty" | "binary" }
  | { key: "tooLarge"; size: number; limit: number }
  | { key: "misplaced" | "misplacedCopy"; home: string }
  | { key: "unreadable" | "folderUnreadable"; code: string }
  | { key: "version"; found: string; reads: number }
  | { key: "notYaml"; detail: string }
  | { key: "field"; field: string; issue: SchemaIssue }
  | { key: "idMismatch"; id: string }
  | { key: "kindMismatch"; kind: string };

/** What a schema found wrong with a value, without the value itself. */
export interface SchemaIssue {
  code: string;
  /** The schema's own message (English), for issues the tool has no words of its own for. */
  message: string;
  expected?: string;
  /** The kind of value found: `missing` when there is none. */
  got?: string;
  origin?: string;
  minimum?: number | string;
  maximum?: number | string;
  values?: string[];
  keys?: string[];
}

/** A file in the journal that could not be used, and why. It is reported, never rewritten. */
export interface InvalidFile {
  path: string;
  line?: number;
  problem: Problem;
  /** In words, in the language of the run that read it; see `why`. */
  reason: string;
  why?: Why;
}
