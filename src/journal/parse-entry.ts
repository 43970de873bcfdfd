import path from "node:path";
import { parseYaml } from "../data/parse-yaml.js";
import { Entry, SCHEMA_VERSION } from "./entry.js";
import type { InvalidFile, Why } from "../data/invalid-file.js";
import { skipped } from "./skipped.js";
import { isSealed } from "../crypto/sealed.js";
import { idFromName, timeAndKind } from "./naming.js";

export type EntryResult = { ok: true; entry: Entry } | { ok: false; invalid: InvalidFile };

/** Checks one entry file's text: YAML, a known schema version, the schema, and a name that matches its id. */
export function parseEntry(text: string, file: string): EntryResult {
  if (text.includes("\u0000")) return { ok: false, invalid: skipped(file, "not-yaml", { key: "binary" }) };
  const version = /^schema:\s*(\S+)\s*$/m.exec(text)?.[1];
  if (version !== undefined && version !== String(SCHEMA_VERSION) && /^\d+$/.test(version)) {
    return { ok: false, invalid: skipped(file, "version", { key: "version", found: version, reads: SCHEMA_VERSION }) };
  }
  const parsed = parseYaml(text, Entry, file);
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    // Problems without a field come from the YAML parser; with one, from the schema.
    const why: Why = first.field && first.issue ? { key: "field", field: first.field, issue: first.issue } : { key: "notYaml", detail: first.message };
    return { ok: false, invalid: skipped(file, why.key === "field" ? "schema" : "not-yaml", why, first.line) };
  }
  const expected = idFromName(path.basename(file));
  if (parsed.value.id !== expected && !(isSealed(file) && sameTimeAndKind(parsed.value.id, expected))) {
    return { ok: false, invalid: skipped(file, "schema", { key: "idMismatch", id: parsed.value.id }) };
  }
  // The kind is part of the name too: a prep cannot become a debrief by an edit.
  if (expected.split("-")[3] !== parsed.value.kind) {
    return { ok: false, invalid: skipped(file, "schema", { key: "kindMismatch", kind: parsed.value.kind }) };
  }
  return { ok: true, entry: parsed.value };
}

/**
 * An encrypted entry's name may carry another tag than its id: `encryption on` gives a plain
 * entry a name without the customer but keeps its id, which links and coach notes refer to.
 */
const sameTimeAndKind = (id: string, name: string) => timeAndKind(id) === timeAndKind(name);
