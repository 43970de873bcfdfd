import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/data/parse-yaml.js";
import { issueText, whyText } from "../../src/data/reasons.js";
import { parseEntry } from "../../src/journal/parse-entry.js";
import { ConfigSchema } from "../../src/config/config-schema.js";

describe("why a file was skipped, in the run's words", () => {
  it("keeps the reason as data and words it in either language", () => {
    const r = parseEntry("schema: 1\nkind: prep\n", "/j/2026/11/2026-11-17T0901-prep.yaml");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.invalid.why).toMatchObject({ key: "field", field: "id", issue: { code: "invalid_type", got: "missing" } });
    expect(whyText(r.invalid.why!, "en")).toBe("id: missing");
    expect(whyText(r.invalid.why!, "nl")).toBe("id: ontbreekt");
    expect(whyText({ key: "tooLarge", size: 2_000_000, limit: 1024 * 1024 }, "nl")).toBe("te groot (2000000 bytes; de grens is 1 MiB)");
  });

  it("puts zod's findings into the tool's own sentences, and the schemas' own messages by name", () => {
    const problems = (text: string) => {
      const p = parseYaml(text, ConfigSchema, "config.yaml");
      return p.ok ? [] : p.problems.map((x) => x.issue!);
    };
    const [tooBig] = problems("workdays: [8]\n");
    expect([issueText(tooBig!, "en"), issueText(tooBig!, "nl")]).toEqual(["at most 7", "hoogstens 7"]);
    const [wrongType] = problems("streakGraceDays: lots\n");
    expect([issueText(wrongType!, "en"), issueText(wrongType!, "nl")]).toEqual(["expected a number, found text", "verwacht een getal, gevonden: tekst"]);
    const [unknown] = problems("colour: blue\n");
    expect(issueText(unknown!, "nl")).toBe("onbekend veld: colour");
    const [choice] = problems("lang: fr\n");
    expect(issueText(choice!, "nl")).toBe('verwacht een van: "nl", "en"');
    const bad = parseEntry("schema: 1\nid: 2026-11-17T0901-prep\nkind: prep\ncreatedAt: gisteren\nlang: nl\nexercise: {id: prep, version: 1}\nanswers: []\n", "/j/2026-11-17T0901-prep.yaml");
    expect(bad.ok ? "" : whyText(bad.invalid.why!, "nl")).toBe("createdAt: verwacht een echte ISO 8601-tijd met het verschil met UTC, bijv. 2026-11-24T10:30:00+01:00");
  });
});
