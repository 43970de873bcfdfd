import { describe, expect, it } from "vitest";
import { Acc, trend } from "../../src/insights/stats.js";
import { renderSummaryText } from "../../src/render/summary-text.js";
import { builtinContent, daily, debrief, jsonSummaryOf, ratingsOf, summaryOf } from "../helpers/entries.js";

// Period: Mon 2026-11-16 … Sun 2026-11-29 (two weeks); previous: 2026-11-02 … 2026-11-15.
const since = "2026-11-16";
const until = "2026-11-29";

function journal() {
  const third = ratingsOf(3, { asked_further: 2 });
  delete third.talk_emotions;
  return [
    ...["2026-11-03", "2026-11-05", "2026-11-10"].map((d) => debrief(d, { answers: ratingsOf(2, { no_judgement: 4, recognise_emotions: 3 }) })),
    debrief("2026-11-16", { answers: ratingsOf(4, { talk_emotions: 1 }) }),
    debrief("2026-11-18", { answers: ratingsOf(2, { talk_emotions: 1 }) }),
    debrief("2026-11-24", { answers: third }),
    // Not counted: out of the scale (a hand edit), a text, and a rating in a daily.
    debrief("2026-11-25", { answers: { perspective: 9, no_judgement: "4" } }),
    daily("2026-11-25", { answers: { perspective: 1 } }),
  ];
}

describe("summarize: ratings", () => {
  it("calls a change flat only below the threshold, also where floats fall just short of it", () => {
    const acc = (...xs: number[]) => xs.reduce((a, x) => (a.add(x), a), new Acc());
    // 4.6 - 4.5 is 0.0999… in floating point: shown as +0.1, it must not be called flat.
    expect(trend(acc(4.6, 4.6, 4.6), acc(4.5, 4.5, 4.5), 3, 0.1).trend?.direction).toBe("up");
    expect(trend(acc(4.55, 4.55, 4.55), acc(4.5, 4.5, 4.5), 3, 0.1).trend?.direction).toBe("flat");
  });

  it("keeps averages whole, so that the text rounds them once", async () => {
    // 71 / 29 = 2.448…: one decimal is 2.4; rounded to 2.45 first, it showed as 2.5.
    const days = Array.from({ length: 29 }, (_, i) => `2026-11-${String(16 + (i % 14)).padStart(2, "0")}`);
    const entries = days.map((d, i) => debrief(d, { answers: ratingsOf(i < 13 ? 3 : 2) }));
    const s = await summaryOf(entries, { since, until });
    expect(s.ratings.skills.perspective!.average).toBeCloseTo(71 / 29, 12);
    expect(renderSummaryText(s, "en")).toMatch(/ 2\.4 +29 /);
    expect((await jsonSummaryOf(entries, { since, until })).ratings.skills.perspective!.average).toBe(2.45);
  });

  it("averages each skill with its n, labelled with the prompt in the language", async () => {
    const { debrief: ex } = await builtinContent();
    const s = await jsonSummaryOf(journal(), { since, until });
    expect(Object.keys(s.ratings.skills)).toEqual(["perspective", "no_judgement", "recognise_emotions", "talk_emotions", "understanding", "asked_further"]);
    const p = s.ratings.skills.perspective!;
    expect(p).toMatchObject({ average: 3, n: 3, previous: { average: 2, n: 3 }, min: 1, max: 5 });
    expect(p.label).toBe(ex.steps.find((x) => x.id === "perspective")!.prompt.en);
    expect(s.ratings.skills.asked_further).toMatchObject({ average: 2.67, n: 3 });
    expect(s.ratings.skills.talk_emotions).toMatchObject({ average: 1, n: 2 });
    // The hand edit is left out, and said.
    expect(s.ratings.outOfScale.map((x) => x.step)).toEqual(["perspective", "no_judgement"]);
    expect(renderSummaryText(s, "en").replace(/\s+/g, " ")).toMatch(/2 ratings outside the scale left out \(edited by hand\?\): 2026-11-25\S* \(perspective, no_judgement\) Weakest/);
    const nl = await summaryOf(journal(), { since, until, lang: "nl" });
    expect(nl.ratings.skills.perspective!.label).toBe(ex.steps.find((x) => x.id === "perspective")!.prompt.nl);
  });

  it("gives a value per week for the sparkline", async () => {
    const s = await jsonSummaryOf(journal(), { since, until });
    expect(s.ratings.skills.perspective!.weekly).toEqual([
      { week: "2026-11-16", average: 3, n: 2 },
      { week: "2026-11-23", average: 3, n: 1 },
    ]);
    expect(s.ratings.skills.talk_emotions!.weekly[1]).toEqual({ week: "2026-11-23", average: null, n: 0 });
  });

  it("shows a trend with its direction only from the minimum sample in both periods", async () => {
    const s = await jsonSummaryOf(journal(), { since, until });
    const k = s.ratings.skills;
    expect(k.perspective).toMatchObject({ trend: { delta: 1, direction: "up" }, trendNote: null });
    expect(k.no_judgement).toMatchObject({ trend: { delta: -1, direction: "down" } });
    expect(k.recognise_emotions).toMatchObject({ trend: { delta: 0, direction: "flat" } });
    expect(k.talk_emotions).toMatchObject({ trend: null, trendNote: "too-few" });
    expect(s.ratings.minSample).toBe(3);

    const two = await summaryOf(journal(), { since, until, minSample: 2 });
    expect(two.ratings.skills.talk_emotions!.trend).toEqual({ delta: -1, direction: "down" });
    const four = await summaryOf(journal(), { since, until, minSample: 4 });
    expect(Object.values(four.ratings.skills).every((r) => r.trend === null)).toBe(true);
  });

  it("names the weakest skill that rests on the minimum sample, with its tip", async () => {
    const { debrief: ex } = await builtinContent();
    const s = await jsonSummaryOf(journal(), { since, until });
    // talk_emotions is lower (1.0) but rests on two ratings only.
    expect(s.ratings.weakest).toEqual({
      id: "asked_further",
      label: ex.steps.find((x) => x.id === "asked_further")!.prompt.en,
      average: 2.67,
      n: 3,
      tip: (ex.steps.find((x) => x.id === "asked_further") as { tip: { en: string } }).tip.en,
    });
    const two = await summaryOf(journal(), { since, until, minSample: 2, lang: "nl" });
    expect(two.ratings.weakest).toMatchObject({ id: "talk_emotions", average: 1, n: 2 });
    expect(two.ratings.weakest!.tip).toMatch(/Benoem/);
    const four = await summaryOf(journal(), { since, until, minSample: 4 });
    expect(four.ratings.weakest).toBeNull();
  });
});
