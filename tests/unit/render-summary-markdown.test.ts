import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/messages.js";
import { nl } from "../../src/i18n/messages-nl.js";
import { mdText } from "../../src/render/markdown.js";
import { renderSummaryMarkdown } from "../../src/render/summary-markdown.js";
import { sampleJournal, summaryOf } from "../helpers/entries.js";

const until = "2026-11-24";

/** Cells of a table row, split on pipes that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).length;

describe("renderSummaryMarkdown", () => {
  for (const [lang, m] of [["en", en.summary], ["nl", nl.summary]] as const) {
    it(`has the headings and well-formed tables (${lang})`, async () => {
      const s = await summaryOf(sampleJournal(), { since: "2026-11-11", until, lang, invalid: [{ path: "a|b.yaml", problem: "schema", reason: "no id" }] });
      const md = renderSummaryMarkdown(s, lang);
      expect(md.startsWith(`# ${m.title}`)).toBe(true);
      for (const h of [m.habit, m.skills, m.emotions, m.needs, m.accuracy, m.followThrough, m.customers, m.goodMoments, m.difficultMoments, m.md.skipped]) {
        expect(md).toContain(`## ${h}`);
      }
      expect(md).toContain(`| ${m.md.skill} | ${m.skillsHead.avg} | ${m.skillsHead.n} |`);
      expect(md).toContain("| --- | ---: |");
      expect(md).not.toContain("\u001b");
      expect(md).not.toMatch(/NaN|undefined/);
      // Every row of a table has as many cells as its header.
      const lines = md.split("\n");
      lines.forEach((line, i) => {
        if (line.startsWith("|") && lines[i - 1]?.startsWith("|")) expect(cells(line), line).toBe(cells(lines[i - 1]!));
      });
    });
  }

  it("escapes user text: pipes, markup and newlines stay inside their cell and line", async () => {
    const s = await summaryOf(sampleJournal(), { since: "2026-11-11", until });
    const md = renderSummaryMarkdown(s, "en");
    expect(md).toContain("| Evil\uFFFD\\[31mCorp \\| Ltd |");
    expect(md).not.toContain("Corp | Ltd");
    expect(md).toMatch(/^- \*\*2026-11-24\*\* Bakkerij De Vries: She thanked me \\\| for listening and laughed .*on and on/m);
  });

  it("mdText escapes what Markdown would read as markup", () => {
    expect(mdText("a|b *c* _d_ [e](f) <g> `h` ~i~ &amp; \\")).toBe("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\~i\\~ \\&amp; \\\\");
    expect(mdText("two\nlines\u001b[1m")).toBe("two lines\uFFFD\\[1m");
  });

  it("an answer that starts like a list, a quote or a heading stays text, on every line", () => {
    expect(mdText("- first")).toBe("\\- first");
    expect(mdText("1. first")).toBe("1\\. first");
    expect(mdText("> quoted")).toBe("\\> quoted");
    expect(mdText("+ plus")).toBe("\\+ plus");
    expect(mdText("text\n---\n  2) two\n===", { multiline: true })).toBe("text  \n\\---  \n  2\\) two  \n\\===");
    // Only at the start of a line: a dash or a number inside a sentence is left alone.
    expect(mdText("a - b, 3. place, 2026-11-24")).toBe("a - b, 3. place, 2026-11-24");
    expect(mdText("2026 was good")).toBe("2026 was good");
  });

  it("is friendly for an empty journal", async () => {
    const md = renderSummaryMarkdown(await summaryOf([], { since: "2026-10-26", until }), "en");
    expect(md).toContain(en.summary.empty);
    expect(md).not.toContain("NaN");
  });
});
