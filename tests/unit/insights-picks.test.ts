import { describe, expect, it } from "vitest";
import { debrief, prep, summaryOf } from "../helpers/entries.js";

const since = "2026-11-16";
const until = "2026-11-29";

// Ids from exercises/menus: worried and frustrated are unpleasant, relieved, happy and grateful pleasant.
function journal() {
  return [
    debrief("2026-11-03", { answers: { observed_emotions: ["happy", "grateful"] } }),
    prep("2026-11-16", { answers: { expected_emotions: ["angry"], expected_needs: ["time"] } }),
    debrief("2026-11-16", { answers: { observed_emotions: ["worried", "relieved", "my own word"], observed_needs: ["certainty", "being_heard"] } }),
    debrief("2026-11-18", { answers: { observed_emotions: ["worried", "frustrated", "worried"], observed_needs: ["certainty"] } }),
    debrief("2026-11-20", { answers: { observed_emotions: ["relieved", "  My Own  Word "], observed_needs: [] } }),
    debrief("2026-11-21", { answers: { perspective: 3 } }), // did not answer the menus
  ];
}

describe("summarize: emotions and needs", () => {
  it("counts picks per debrief, most frequent first, free words kept and merged", async () => {
    const s = await summaryOf(journal(), { since, until });
    expect(s.emotions.top).toEqual([
      { id: "worried", label: "worried", count: 2, menu: true, tone: "unpleasant" },
      { id: "relieved", label: "relieved", count: 2, menu: true, tone: "pleasant" },
      { id: "my own word", label: "my own word", count: 2, menu: false, tone: null },
      { id: "frustrated", label: "frustrated", count: 1, menu: true, tone: "unpleasant" },
    ]);
    expect(s.emotions).toMatchObject({ distinct: 4, picks: 7, n: 3, previous: { distinct: 2, picks: 2, n: 1 } });
  });

  it("gives the share of unpleasant emotions among the menu picks", async () => {
    const s = await summaryOf(journal(), { since, until });
    expect(s.emotions).toMatchObject({ unpleasantShare: 0.6, toned: 5, previousUnpleasant: { share: 0, toned: 2 } });
  });

  it("labels in the language", async () => {
    const s = await summaryOf(journal(), { since, until, lang: "nl" });
    expect(s.emotions.top[0]).toMatchObject({ id: "worried", label: "bezorgd" });
    expect(s.needs.top[0]).toMatchObject({ id: "certainty", label: "zekerheid" });
  });

  it("counts needs the same way; an empty answer is still an answer", async () => {
    const s = await summaryOf(journal(), { since, until });
    expect(s.needs.top.map((p) => [p.id, p.count])).toEqual([["certainty", 2], ["being_heard", 1]]);
    expect(s.needs).toMatchObject({ distinct: 2, picks: 3, n: 3, previous: { distinct: 0, picks: 0, n: 0 } });
    expect(s.needs).not.toHaveProperty("unpleasantShare");
  });

  it("has no share when nothing with a tone was picked", async () => {
    const s = await summaryOf([debrief("2026-11-16", { answers: { observed_emotions: ["only free words"] } })], { since, until });
    expect(s.emotions).toMatchObject({ unpleasantShare: null, toned: 0, distinct: 1, n: 1 });
  });
});

describe("PickCounter.addTally", () => {
  it("counts a tally as its answers added one by one, and a pick counted zero times not at all", async () => {
    const { loadMenus } = await import("../../src/exercises/load.js");
    const { menuIndex, PickCounter } = await import("../../src/insights/picks.js");
    const menu = menuIndex(await loadMenus(), "emotions");
    const byTally = new PickCounter(menu, "en");
    byTally.addTally({ picks: [["worried", 3], ["My  Word", 2], ["relieved", 0]], answers: 3 });
    const oneByOne = new PickCounter(menu, "en");
    oneByOne.add(["worried", "My  Word"]);
    oneByOne.add(["worried", "my word"]);
    oneByOne.add(["worried"]);
    expect(byTally.sorted()).toEqual(oneByOne.sorted());
    expect([byTally.picks, byTally.n]).toEqual([oneByOne.picks, oneByOne.n]);
    expect(byTally.counts.has("relieved")).toBe(false);
  });
});
