import { describe, expect, it } from "vitest";
import { coachView } from "../../src/review/coach-view.js";
import type { Entry } from "../../src/journal/entry.js";
import { daily, debrief, summaryOf } from "../helpers/entries.js";

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

describe("coachView: flagged calls", () => {
  it("gives each flagged call its answers in reading order under the questions asked, and leaves out empty ones", async () => {
    const plain = debrief("2026-11-20", { customer: "Acme BV", answers: { wanted: "A date" } });
    const flagged: Entry = {
      ...debrief("2026-11-21", { customer: "Acme BV", answers: { discuss_why: "Stuck", difficult_moment: "  ", observed_emotions: ["worried"], wanted: "A date", good_moment: "Nice" } }),
      flags: ["coach"],
    };
    const entries = [plain, flagged];
    const view = coachView(await summaryOf(entries, { since, until }), entries, "en");
    expect(view.flagged).toEqual([
      {
        entry: flagged.id,
        day: "2026-11-21",
        kind: "debrief",
        customer: "Acme BV",
        answers: [
          { step: "wanted", question: "wanted?", text: "A date" },
          { step: "observed_emotions", question: "observed_emotions?", text: "worried" },
          { step: "discuss_why", question: "discuss_why?", text: "Stuck" },
        ],
      },
    ]);
  });
});

describe("coachView: moments", () => {
  it("brings the quick debrief's moment worth sharing to the coach", async () => {
    const entries = [debrief("2026-11-20", { customer: "Acme BV", answers: { moment: "She laughed when I named the worry" } })];
    const view = coachView(await summaryOf(entries, { since, until }), entries, "en");
    expect(view.shared.map((x) => [x.day, x.customer, x.text])).toEqual([["2026-11-20", "Acme BV", "She laughed when I named the worry"]]);
  });
});
