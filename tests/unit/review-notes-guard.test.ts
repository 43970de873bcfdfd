import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fastYaml } from "../../src/data/fast-yaml.js";
import { isNotesFile } from "../../src/review/notes.js";
import { NotesFile } from "../../src/review/notes-schema.js";

const note = "{ entry: 2026-11-16T1100-debrief-acme, text: Ask about it, at: '2026-11-20T10:00' }";
/** Notes files as a coach's tool writes them, and as hands may leave them. */
const TEXTS = [
  `schema: 1\njournals: {}\n`,
  `schema: 1\njournals:\n  anna:\n    - ${note}\n  constructor:\n    - ${note}\n    - ${note}\n  bram: []\n`,
  `schema: 1\njournals:\n  anna:\n    - entry: 2026-11-16T1100-debrief-acme\n      text: |\n        Two lines,\n        of text\n      at: 2026-11-20T10:00\n`,
  // What the schema refuses, or takes only by dropping keys.
  `schema: 2\njournals: {}\n`,
  `schema: "1"\njournals: {}\n`,
  `schema: 1\n`,
  `schema: 1\njournals: []\n`,
  `schema: 1\njournals:\n  anna: ${note}\n`,
  `schema: 1\njournals:\n  anna:\n    - { entry: x, text: "", at: y }\n`,
  `schema: 1\njournals:\n  anna:\n    - { entry: "", text: t, at: y }\n`,
  `schema: 1\njournals:\n  anna:\n    - { entry: x, text: t }\n`,
  `schema: 1\njournals:\n  anna:\n    - { entry: x, text: t, at: 2026 }\n`,
  `schema: 1\njournals:\n  anna:\n    - { entry: x, text: t, at: y, by: me }\n`,
  `schema: 1\nother: kept?\njournals: {}\n`,
  `schema: 1\njournals:\n  anna:\n    - null\n`,
  `schema: 1\njournals:\n  __proto__:\n    - ${note}\n`,
];

describe("the notes file's guard", () => {
  it("accepts only what the schema accepts, and as the schema gives it back", () => {
    let accepted = 0;
    for (const text of TEXTS) {
      // The guard sees what the quick reader gives; a text it leaves, `yaml` reads.
      const value = fastYaml(text)?.value ?? parse(text);
      const judged = NotesFile.safeParse(value);
      if (isNotesFile(value)) {
        accepted++;
        expect(judged.success, text).toBe(true);
        expect(judged.data, text).toEqual(value);
      }
    }
    expect(accepted).toBe(3);
  });
});
