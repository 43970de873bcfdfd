import { Document, Scalar, visit } from "yaml";

/**
 * Characters that YAML 1.1 readers (PyYAML, for one) refuse in a file or read as something else:
 * a tab starting a plain token, C0 and C1 controls, DEL, NEL and the Unicode line separators (line
 * breaks there), a byte-order mark, and halves of surrogate pairs (which UTF-8 cannot hold).
 */
// eslint-disable-next-line no-control-regex
const AWKWARD = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/u;
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/gu;

const MERGE = "tag:yaml.org,2002:merge";

/**
 * How YAML 1.2 (this tool's reading) tells a plain scalar is no text (`0o17`, `1e3`, `null`), and
 * the merge and value keys of YAML 1.1, which PyYAML takes for instructions.
 */
const NOT_TEXT = [
  ...new Document(null, { version: "1.2" }).schema.tags.flatMap((tag) =>
    "test" in tag && tag.test instanceof RegExp && tag.tag !== "tag:yaml.org,2002:str" ? [tag.test] : [],
  ),
  /^(?:<<|=)$/,
];

/**
 * A document as text that every YAML reader reads with the same values: texts holding such
 * characters are double-quoted, and what the YAML library leaves raw inside the quotes is written
 * as an escape (`\u0085`), which means the same character in YAML 1.1 and 1.2 alike.
 */
export function portableYaml(doc: Document): string {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== "string") return;
      if (AWKWARD.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      // Written for YAML 1.1, which quotes its own numbers and booleans; but 1.2 readers have others.
      else if (NOT_TEXT.some((test) => test.test(node.value as string))) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 }).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A value as such text, quoting also what YAML 1.1 or 1.2 would read as a boolean, number or time. */
export function portableStringify(value: unknown): string {
  // Without the merge key, or a text `<<` would be taken for one and written bare.
  return portableYaml(new Document(value, { version: "1.1", customTags: (tags) => tags.filter((t) => typeof t === "string" || t.tag !== MERGE) }));
}

