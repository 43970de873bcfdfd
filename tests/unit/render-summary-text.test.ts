import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/messages.js";
import { nl } from "../../src/i18n/messages-nl.js";
import type { InvalidFile } from "../../src/data/invalid-file.js";
import { renderSummaryText } from "../../src/render/summary-text.js";
import { sampleJournal, summaryOf } from "../helpers/entries.js";

const until = "2026-11-24";
const invalid: InvalidFile[] = [{ path: "2026/11/x.yaml", line: 2, problem: "not-yaml", reason: "bad \u001b[31m YAML" }];

function checkLines(text: string): void {
  expect(text).not.toContain("\u001b");
  expect(text).not.toMatch(/NaN|undefined|\[object/);
  for (const line of text.split("\n")) expect(Array.from(line).length, line).toBeLessThanOrEqual(80);
}

describe("renderSummaryText", () => {
  for (const [lang, m] of [["en", en.summary], ["nl", nl.summary]] as const) {
    it(`fits 80 columns, without colour, with every section (${lang})`, async () => {
      const s = await summaryOf(sampleJournal(), { since: "2026-11-11", until, lang, invalid });
      const text = renderSummaryText(s, lang);
      checkLines(text);
      for (const h of [m.title, m.habit, m.skills, m.emotions, m.needs, m.accuracy, m.followThrough, m.customers, m.goodMoments, m.difficultMoments]) {
        expect(text).toContain(h);
      }
      expect(text.replace(/\s+/g, " ")).toContain(m.skipped(1));
      expect(text).toMatch(/[↑↓→] [+-]?\d/); // trends are shown: both periods have enough debriefs
      expect(text).toContain(s.ratings.weakest!.tip!.split(" ").slice(0, 4).join(" "));
    });
  }

  it("keeps escape sequences in customer names and answers from the terminal", async () => {
    const s = await summaryOf(sampleJournal(), { since: "2026-10-26", until });
    const text = renderSummaryText(s, "en");
    checkLines(text);
    expect(text).toContain("Evil\uFFFD[31mCorp");
  });

  it("says when there are too few values for a trend", async () => {
    const s = await summaryOf(sampleJournal(), { since: "2026-11-16", until });
    const text = renderSummaryText(s, "en");
    checkLines(text);
    expect(text).toContain(en.summary.tooFew);
    expect(text).toContain(en.summary.tooFewNote(3));
  });

  it("is friendly for an empty journal", async () => {
    for (const [lang, m] of [["en", en.summary], ["nl", nl.summary]] as const) {
      const text = renderSummaryText(await summaryOf([], { since: "2026-10-26", until, lang }), lang);
      checkLines(text);
      expect(text).toContain(m.empty);
      expect(text).not.toContain(m.skills);
    }
  });

  it("still shows the streak and overdue actions when only the period is empty", async () => {
    const s = await summaryOf(sampleJournal(), { since: "2026-12-01", until: "2026-12-02" });
    const text = renderSummaryText(s, "en");
    checkLines(text);
    expect(text).toContain(en.summary.empty);
    expect(text).toContain(en.summary.followThrough);
  });
});
