/**
 * The config reader of nudge and completion, held against the YAML parser every other command
 * reads the config with: where it gives a value, it is the parser's; else it gives none.
 */
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { peekConfigText } from "../../src/config/peek-config.js";

/** What the full reader makes of the two settings, as strings. */
function parsed(text: string): { journal?: string; lang?: string } {
  const v = parse(text) as Record<string, unknown> | null;
  const str = (x: unknown) => (typeof x === "string" && x !== "" ? x : undefined);
  const journal = str(v?.journal);
  const lang = str(v?.lang);
  return { ...(journal !== undefined && { journal }), ...(lang !== undefined && { lang }) };
}

const SAME = [
  "journal: ~/Documents/journal\nlang: nl\n",
  "lang: en # the locale says nl\njournal: /data/journal#1\n",
  'journal: "/tmp/a # not a comment"\n',
  'journal: "C:\\\\Users\\\\ilse\\\\journal"  # Windows\n',
  'journal: "tab\\there \\u00e9t\\x41 \\"q\\""\n',
  "journal: 'it''s mine'\n",
  "\uFEFFlang: nl\r\njournal: /j\r\n",
  "# a comment\n---\nlang: nl\n",
  "name: Ilse\nstreakGraceDays: 1\nworkdays: [1, 2, 3]\nlang: nl\n",
  "other:\n  journal: /nested\n  lang: en\nlang: nl\n",
  "notes: |\n  journal: /in-a-block\nlang: en\n",
  "journal:\tspaced out  \n",
  "journal: a:b\n",
];

/** Forms the reader leaves to the full one: it gives no value, never a wrong one. */
const NOT_SET = [
  "journal:\n  /on/the/next/line\n",
  "journal: /first\n  continued\n",
  "journal: ~\n",
  "journal: null\n",
  "journal: [a, b]\n",
  "journal: |\n  /block\n",
  "journal: &anchor /x\n",
  'journal: "unterminated\n',
  'journal: "bad \\q escape"\n',
  "journal: 'a' trailing\n",
  "journal: a: b\n",
  "journal: /one\njournal: /two\n",
  "{journal: /flow}\n",
];

describe("peekConfigText", () => {
  it.each(SAME)("reads %j as the YAML parser does", (text) => {
    expect(peekConfigText(text)).toEqual(parsed(text));
  });

  it.each(NOT_SET)("gives no journal for %j", (text) => {
    expect(peekConfigText(text).journal).toBeUndefined();
  });

  it("stops at the end of the first document", () => {
    expect(peekConfigText("lang: nl\n---\nlang: en\n")).toEqual({ lang: "nl" });
  });
});
