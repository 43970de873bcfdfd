/**
 * README's Figures, one definition at a time, on small journals built by hand whose truth is
 * known: what a call is, the measured accuracy class, agreement, over- and under-rating, the
 * claim made or withheld at the minimum sample, points for changes of a share, streaks.
 */
import { describe, expect, it } from "vitest";
import { claimOf, measuredClass } from "../../src/insights/accuracy.js";
import { signTest } from "../../src/insights/stats.js";
import { renderSummaryText } from "../../src/render/summary-text.js";
import { renderSummaryMarkdown } from "../../src/render/summary-markdown.js";
import { daily, debrief, prep, summaryOf } from "../helpers/entries.js";

const since = "2026-11-16";
const until = "2026-11-29";

/** A prep and its linked debrief: expected and observed picks, and the own score. */
function call(day: string, expected: { e?: string[]; n?: string[] }, observed: { e?: string[]; n?: string[] }, score: string, customer?: string) {
  const p = prep(day, { ...(customer && { customer }), answers: { expected_emotions: expected.e ?? [], expected_needs: expected.n ?? [] } });
  const d = debrief(day, {
    ...(customer && { customer }),
    prep: p.id,
    answers: { observed_emotions: observed.e ?? [], observed_needs: observed.n ?? [], guess_accuracy: score },
  });
  return [p, d];
}

describe("the measured class", () => {
  it("puts an overlap on the self-score's scale: nothing shared, some, two thirds or more", () => {
    expect(measuredClass(null)).toBeNull();
    expect(measuredClass(0)).toBe(0);
    expect(measuredClass(0.01)).toBe(1);
    expect(measuredClass(0.66)).toBe(1);
    expect(measuredClass(2 / 3)).toBe(2);
    expect(measuredClass(1)).toBe(2);
  });

  it("judges emotions and needs together, as the self-score does", async () => {
    const s = await summaryOf(
      [
        // {worried, uncertain} against {worried, disappointed}: a third shared, similar, as rated.
        ...call("2026-11-16", { e: ["worried", "uncertain"] }, { e: ["worried", "disappointed"] }, "similar"),
        // The emotions alike, the needs not: 2 of 4 shared (similar), rated "same".
        ...call("2026-11-17", { e: ["worried"], n: ["certainty"] }, { e: ["worried"], n: ["speed", "clarity"] }, "same"),
        // Nothing expected that was seen: different, rated "similar".
        ...call("2026-11-18", { e: ["angry"] }, { e: ["relieved"] }, "similar"),
        // Two of three shared: essentially the same, rated "different".
        ...call("2026-11-19", { e: ["worried", "tired"] }, { e: ["worried", "tired", "relieved"] }, "different"),
      ],
      { since, until },
    );
    const byDay = Object.fromEntries(s.accuracy.items.map((i) => [i.day, [i.measured, i.selfScore]]));
    expect(byDay).toEqual({ "2026-11-16": [1, 1], "2026-11-17": [1, 2], "2026-11-18": [0, 1], "2026-11-19": [2, 0] });
    expect(s.accuracy.agreement).toMatchObject({ n: 4, agree: 1, over: 2, under: 1, share: 0.25 });
  });
});

describe("agreement and the claim it supports", () => {
  it("uses a two-sided sign test", () => {
    expect(signTest(0, 0)).toBe(1);
    expect(signTest(4, 0)).toBeCloseTo(0.125);
    expect(signTest(5, 0)).toBeCloseTo(0.0625);
    expect(signTest(5, 1)).toBeCloseTo(0.21875);
    expect(signTest(1, 6)).toBeCloseTo(0.125);
  });

  it("claims a lean only from the minimum sample and a clear majority", () => {
    const a = (agree: number, over: number, under: number) => ({ n: agree + over + under, agree, over, under, share: null });
    expect(claimOf(a(0, 2, 0), 3)).toBe("too-few");
    expect(claimOf(a(0, 4, 0), 3)).toBe("no-lean"); // 4 to 0 could be chance (p 0.125)
    expect(claimOf(a(1, 5, 0), 3)).toBe("higher");
    expect(claimOf(a(0, 0, 5), 3)).toBe("lower");
    expect(claimOf(a(3, 5, 1), 3)).toBe("no-lean");
  });

  it("says so in the summary, with n, and withholds the claim below the minimum sample", async () => {
    const over = (day: string) => call(day, { e: ["angry"] }, { e: ["relieved"] }, "same"); // measured 0, rated 2
    const five = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"].flatMap(over);
    // Sentences are wrapped to the terminal's width: compare them on one line.
    const oneLine = (x: string) => x.replace(/\s+/g, " ");
    const text = oneLine(renderSummaryText(await summaryOf(five, { since, until }), "en"));
    expect(text).toContain("Rates their reading of customers higher than it shows: the own score was above the measured class in 5 and below it in 0 of 5 debriefs.");
    const two = oneLine(renderSummaryText(await summaryOf(five.slice(0, 4), { since, until }), "en"));
    expect(two).toContain("Too few debriefs with both an own score and a measured class to compare them (n 2; at least 3).");
    expect(two).not.toContain("higher than it shows");
  });

  it("gives a change of a share in points, never in percent", async () => {
    const same = (day: string) => call(day, { e: ["worried"] }, { e: ["worried"] }, "same");
    const off = (day: string) => call(day, { e: ["worried"] }, { e: ["worried"] }, "similar");
    // Before: 1 of 4 agree (25%); now 3 of 4 (75%): +50 points.
    const entries = [
      ...["2026-11-02", "2026-11-03", "2026-11-04"].flatMap(off),
      ...same("2026-11-05"),
      ...["2026-11-16", "2026-11-17", "2026-11-18"].flatMap(same),
      ...off("2026-11-19"),
    ];
    const s = await summaryOf(entries, { since, until });
    expect(s.accuracy.agreement).toMatchObject({ share: 0.75, previous: { share: 0.25 }, trend: { direction: "up" } });
    const text = renderSummaryText(s, "en");
    expect(text).toMatch(/own score matches measured\s+75%\s+n 4\s+↑ \+50 pt/);
    expect(text).not.toMatch(/[+-]\d+%/);
    expect(renderSummaryMarkdown(s, "nl")).toContain("+50 procentpunt");
  });
});

describe("calls", () => {
  it("counts a debrief as one call with its prep, and a prep alone as prepared, not yet debriefed", async () => {
    const [p1, d1] = call("2026-11-16", { e: ["worried"] }, { e: ["worried"] }, "same", "Bakkerij De Vries");
    const p2 = prep("2026-11-20", { customer: "Bakkerij De Vries", answers: { expected_emotions: ["angry", "tired"] } });
    const s = await summaryOf([p1!, d1!, p2], { since, until });
    expect(s.customers).toEqual([
      expect.objectContaining({ name: "Bakkerij De Vries", calls: 1, preps: 2, waiting: 1, recurringEmotions: [] }),
    ]);
    expect(renderSummaryText(s, "en")).toMatch(/Bakkerij De Vries\s+1 call\s.*\n\s+1 prepared, not yet debriefed/);
  });

  it("finds recurring emotions in what was observed, never in what was expected", async () => {
    const entries = [
      ...call("2026-11-16", { e: ["angry"] }, { e: ["worried"] }, "different", "Acme"),
      ...call("2026-11-17", { e: ["angry"] }, { e: ["worried"] }, "different", "Acme"),
    ];
    const [acme] = (await summaryOf(entries, { since, until })).customers;
    expect(acme!.recurringEmotions.map((p) => [p.id, p.count])).toEqual([["worried", 2]]);
  });
});

describe("streaks and working days", () => {
  it("counts reflections on days off as extra days, not as working days", async () => {
    // Mon 16 – Sun 22: reflections Mon, Tue, Sat, Sun.
    const entries = ["2026-11-16", "2026-11-17", "2026-11-21", "2026-11-22"].map((d) => daily(d));
    const s = await summaryOf(entries, { since: "2026-11-16", until: "2026-11-22" });
    expect(s.habit).toMatchObject({ dailyDays: 4, dailyOnWorkdays: 2, extraDays: 2, workdays: 5 });
    expect(renderSummaryText(s, "en").replace(/\s+/g, " ")).toContain("reflected on 2 of 5 working days, plus 2 days off (extra, never required)");
  });

  it("says when a streak ended and that the next reflection starts a new one", async () => {
    const days = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];
    const s = await summaryOf(days.map((d) => daily(d)), { since, until: "2026-11-24" });
    expect(s.habit).toMatchObject({ current: 0, longest: 5, ended: { length: 5, endedOn: "2026-11-23" } });
    expect(renderSummaryText(s, "en").replace(/\s+/g, " ")).toContain("the 5-day streak ended on 2026-11-23; the next reflection starts a new one");
  });
});
