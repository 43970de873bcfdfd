import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Entry } from "../../src/journal/entry.js";
import { checkEntryBytes } from "../../src/journal/read-entry-file.js";
import { parseEntry } from "../../src/journal/parse-entry.js";
import { entryToYaml } from "../../src/journal/write.js";
import { hostileFiles } from "../fixtures/hostile-files.js";
import { onCI } from "../helpers/browser.js";

/** Debian's python3-yaml: the other YAML reader the README promises the same values to. */
const PYTHON = "/usr/bin/python3";
const hasPyYaml = spawnSync(PYTHON, ["-c", "import yaml"]).status === 0;
if (!hasPyYaml) {
  if (onCI) throw new Error("python3-yaml is missing: .ci/run installs it (apt-get install python3-yaml)");
  console.warn("skipping the PyYAML test: Debian's python3-yaml is not installed (apt-get install python3-yaml)");
}

/** Each text loaded by PyYAML, as JSON (a value it cannot express in JSON, such as a date, comes back as an error). */
function pyLoad(texts: string[]): ({ value: unknown } | { error: string })[] {
  const script = `import sys, json, yaml
out = []
for text in json.load(sys.stdin):
    try:
        out.append({"value": json.loads(json.dumps(yaml.safe_load(text)))})
    except Exception as e:
        out.append({"error": str(e).splitlines()[0]})
print(json.dumps(out))`;
  const r = spawnSync(PYTHON, ["-c", script], { input: JSON.stringify(texts), maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr?.toString()).toBe(0);
  return JSON.parse(r.stdout.toString());
}

const HOSTILE = [
  "a\tb", "\ttab first", "tab last\t", "line\nbreak\tand tab", "yes", "No", "on", "off", "y", "~", "null", "1:20", "0o17", "012", "1e3", ".inf", "0x1F", "+12", "1_000", "<<", "=",
  "2026-11-16", "2026-11-16T11:00:00", "x\u0085y", "\u009b31m", "\u202eevil\u202c", "\u001b[2J\u001b]0;t\u0007", "bell\u0007", "del\u007f", "\u2028sep\u2029", "\ufeffbom",
  "😀 emoji BV", "\ud83d lone", "a #b", "trail ", " lead", "'q'", '"dq"', "%dir", "@at", "`bt", "!tag", "&anc", "*al", "? q", ": c", "- dash", "CR\r\nLF", "a\r",
  "Ørsted A/S", "Łódź Sp. z o.o.", "x".repeat(5000), "../../../etc/passwd",
];

function entryWith(i: number, text: string): Entry {
  return Entry.parse({
    schema: 1,
    id: `2026-11-16T1100-debrief-h${i}`,
    kind: "debrief",
    createdAt: "2026-11-16T11:00:00+01:00",
    lang: "en",
    customer: text,
    exercise: { id: "debrief", version: 1 },
    answers: [
      { step: "wanted", type: "text", question: text, answer: text },
      { step: "emotions", type: "emotions", question: "q", answer: [text, "worried"] },
    ],
    actions: [{ id: "abc123", text, due: "2026-11-26", done: false }],
  });
}

describe.skipIf(!hasPyYaml)("PyYAML reads every entry the tool writes with the same values", () => {
  // Finding 10: an answer holding a raw tab was written unquoted, and PyYAML refused the file
  // ("found character '\t' that cannot start any token"); C1 characters it refuses outright.
  it("over hostile names and the fuzz corpus's valid entries", () => {
    const entries = HOSTILE.map((h, i) => entryWith(i, h));
    for (const f of hostileFiles(300, 7)) {
      // The valid ones, but for the huge texts (one scalar each, nothing new to PyYAML).
      if (f.content === "directory" || f.content.length > 64 * 1024) continue;
      const r = checkEntryBytes(`/j/2026/10/${f.name}`, f.content);
      if (r.ok) entries.push(r.entry.entry);
    }
    expect(entries.length).toBeGreaterThan(HOSTILE.length + 20);
    const texts = entries.map(entryToYaml);
    const loaded = pyLoad(texts);
    texts.forEach((text, i) => {
      const mine = parseEntry(text, `${entries[i]!.id}.yaml`);
      expect(mine.ok ? "ok" : mine.invalid.reason, text.slice(0, 200)).toBe("ok");
      if (!mine.ok) return;
      expect(mine.entry).toEqual(entries[i]);
      const theirs = loaded[i]!;
      expect(theirs, text.slice(0, 300)).toHaveProperty("value");
      if ("value" in theirs) expect(Entry.parse(theirs.value), text.slice(0, 300)).toEqual(mine.entry);
      // And the plain YAML values, before the schema: nothing PyYAML turns into another type.
      if ("value" in theirs) expect(theirs.value).toEqual(parse(text));
    });
  });
});
