import { describe, expect, it } from "vitest";
import { scoreOptions } from "../../src/insights/accuracy.js";
import { jaccard } from "../../src/insights/stats.js";
import { builtinContent, debrief, jsonSummaryOf, prep } from "../helpers/entries.js";

const since = "2026-11-16";
const until = "2026-11-29";

function journal() {
  // The previous period: three accurate guesses, rated "same".
  const before = ["2026-11-03", "2026-11-04", "2026-11-05"].flatMap((d) => {
    const p = prep(d, { answers: { expected_emotions: ["worried"] } });
    return [p, debrief(d, { prep: p.id, answers: { observed_emotions: ["worried"], guess_accuracy: "same" } })];
  });
  const p1 = prep("2026-11-16", { customer: "Acme", answers: { expected_emotions: ["worried", "uncertain"], expected_needs: ["certainty", "speed"] } });
  const p2 = prep("2026-11-17", { answers: { expected_emotions: ["angry"], expected_needs: [] } });
  const p3 = prep("2026-11-10", { answers: { expected_emotions: ["sad"] } }); // a prep from before the period
  return [
    ...before,
    p3,
    p1,
    debrief("2026-11-16", {
      customer: "Acme",
      prep: p1.id,
      // A free word is not compared: only menu picks count.
      answers: { observed_emotions: ["worried", "relieved", "free word"], observed_needs: ["certainty", "speed"], guess_accuracy: "similar" },
    }),
    p2,
    debrief("2026-11-18", { prep: p2.id, answers: { observed_emotions: ["angry"], observed_needs: [], guess_accuracy: "same" } }),
    debrief("2026-11-19", { prep: p3.id, answers: { observed_emotions: ["happy"], guess_accuracy: "different" } }),
    debrief("2026-11-20", { prep: "2026-01-01T0900-prep-gone", answers: { observed_emotions: ["happy"], guess_accuracy: "same" } }),
    debrief("2026-11-21", { answers: { observed_emotions: ["happy"], guess_accuracy: "same" } }), // not linked
  ];
}

describe("jaccard", () => {
  it("is |A∩B| / |A∪B|, and null when both are empty", () => {
    expect(jaccard(new Set(["a", "b"]), new Set(["b", "c"]))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(["a"]), new Set(["a"]))).toBe(1);
    expect(jaccard(new Set(["a"]), new Set())).toBe(0);
    expect(jaccard(new Set(), new Set())).toBeNull();
  });
});

describe("summarize: empathic accuracy", () => {
  it("maps the guess_accuracy options to their values", async () => {
    const { debrief: ex } = await builtinContent();
    expect(Object.fromEntries(scoreOptions(ex))).toEqual({ different: 0, similar: 1, same: 2 });
  });

  it("measures each linked debrief of the period, newest first", async () => {
    const s = await jsonSummaryOf(journal(), { since, until });
    expect(s.accuracy.items.map((i) => [i.day, i.customer, i.emotionsOverlap, i.needsOverlap, i.selfScore])).toEqual([
      ["2026-11-20", null, null, null, 2], // its prep is gone: no overlap, the score stays
      ["2026-11-19", null, 0, null, 0],
      ["2026-11-18", null, 1, null, 2],
      ["2026-11-16", "Acme", 0.33, 1, 1],
    ]);
    expect(s.accuracy.items[3]!.prep).toMatch(/-prep-acme-/);
  });

  it("averages the raw overlaps and self-scores with their n, and compares like with like", async () => {
    const s = await jsonSummaryOf(journal(), { since, until });
    expect(s.accuracy.emotions).toMatchObject({ average: 0.44, n: 3, previous: { average: 1, n: 3 } });
    expect(s.accuracy.needs).toMatchObject({ average: 1, n: 1 });
    expect(s.accuracy.selfScore).toMatchObject({ average: 1.25, n: 4, previous: { average: 2, n: 3 } });
    // Acme: emotions {worried, uncertain} + needs {certainty, speed} against {worried, relieved} +
    // {certainty, speed}: 3 of 5 shared, similar, as rated. 11-18: the same picks (2), as rated.
    // 11-19: nothing shared (0), as rated. 11-20's prep is gone: no measured class.
    expect(s.accuracy.items.map((i) => [i.day, i.overlap, i.measured, i.selfScore])).toEqual([
      ["2026-11-20", null, null, 2],
      ["2026-11-19", 0, 0, 0],
      ["2026-11-18", 1, 2, 2],
      ["2026-11-16", 0.6, 1, 1],
    ]);
    expect(s.accuracy.agreement).toMatchObject({ n: 3, agree: 3, over: 0, under: 0, share: 1, claim: "no-lean" });
  });

  it("shows a trend only from the minimum sample", async () => {
    const s = await jsonSummaryOf(journal(), { since, until });
    expect(s.accuracy.emotions.trend).toEqual({ delta: -0.56, direction: "down" });
    expect(s.accuracy.selfScore.trend).toEqual({ delta: -0.75, direction: "down" });
    expect(s.accuracy.needs).toMatchObject({ trend: null, trendNote: "too-few" });
  });
});
