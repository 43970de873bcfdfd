import { describe, expect, it } from "vitest";
import { coachView } from "../../src/review/coach-view.js";
import { daily, summaryOf } from "../helpers/entries.js";

const since = "2026-10-28";
const until = "2026-11-24";

describe("coachView: habit stalls", () => {
  it("does not call the days before a trainee's first entry a pause", async () => {
    const entries = [daily("2026-11-22"), daily("2026-11-23"), daily("2026-11-24")];
    const view = coachView(await summaryOf(entries, { since, until }), entries, "en");
    expect(view.stalls).toEqual([]);
    expect(view.openers.join(" ")).not.toContain("pause");
  });

  it("finds a week or more without entries inside the period, and at its end", async () => {
    const entries = [daily("2026-10-01"), daily("2026-10-29"), daily("2026-11-09"), daily("2026-11-12")];
    const view = coachView(await summaryOf(entries, { since, until }), entries, "en");
    expect(view.stalls).toEqual([
      { from: "2026-10-30", to: "2026-11-08", days: 10 },
      { from: "2026-11-13", to: "2026-11-24", days: 12 },
    ]);
  });
});
