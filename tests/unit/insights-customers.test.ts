import { describe, expect, it } from "vitest";
import { daily, debrief, prep, summaryOf } from "../helpers/entries.js";

const since = "2026-11-16";
const until = "2026-11-29";

describe("summarize: customers", () => {
  const entries = () => [
    prep("2026-10-01", { customer: "Acmé BV", actions: [{ text: "Old promise" }, { text: "Kept", done: true }] }),
    debrief("2026-10-02", { customer: "Acmé BV", answers: { observed_emotions: ["worried", "tired"], observed_needs: ["certainty"] } }),
    debrief("2026-11-05", { customer: "Oldco", answers: { observed_emotions: ["worried"] } }),
    debrief("2026-11-17", {
      customer: "acme  bv",
      answers: { observed_emotions: ["worried", "relieved"], observed_needs: ["certainty", "speed"] },
      actions: [{ text: "Send the planning" }],
    }),
    daily("2026-11-18"),
    prep("2026-11-20", { customer: "Acme BV" }),
    debrief("2026-11-24", { customer: "Bakkerij", answers: { observed_emotions: ["happy"] } }),
  ];

  it("groups spellings of a customer, shows the latest, sorts by last contact", async () => {
    const s = await summaryOf(entries(), { since, until });
    expect(s.customers.map((c) => c.name)).toEqual(["Bakkerij", "Acme BV"]);
    // A call is a debrief: the prep of 11-20 is prepared, not yet debriefed.
    expect(s.customers[1]).toMatchObject({ calls: 1, preps: 1, waiting: 1, lastContact: "2026-11-20", openActions: 2 });
  });

  it("finds emotions and needs recurring over all of a customer's debriefs", async () => {
    const s = await summaryOf(entries(), { since, until });
    const acme = s.customers[1]!;
    expect(acme.recurringEmotions).toEqual([{ id: "worried", label: "worried", count: 2 }]);
    expect(acme.recurringNeeds).toEqual([{ id: "certainty", label: "certainty", count: 2 }]);
    expect(s.customers[0]).toMatchObject({ calls: 1, recurringEmotions: [], recurringNeeds: [], openActions: 0 });
  });

  it("puts the latest contact first, to the second, and on one time the entry met later", async () => {
    const s = await summaryOf(
      [
        debrief("2026-11-17", { customer: "zeta" }),
        debrief("2026-11-24", { customer: "Acme", time: "09:00" }),
        // Met again later that day: the latest contact of the day, though last by name.
        debrief("2026-11-24", { customer: "Zorg", time: "08:00" }),
        debrief("2026-11-24", { customer: "Zorg", time: "16:30" }),
        debrief("2026-11-24", { customer: "Émile", time: "11:15" }),
        debrief("2026-11-24", { customer: "bakkerij", time: "11:15" }),
        prep("2026-11-28", { customer: "Oldco" }),
      ],
      { since, until },
    );
    // Ids order the journal's entries of one time: "…T1115-debrief-mile-…" comes after "…T1115-debrief-bakkerij-…".
    expect(s.customers.map((c) => [c.lastContact, c.name])).toEqual([
      ["2026-11-28", "Oldco"],
      ["2026-11-24", "Zorg"],
      ["2026-11-24", "Émile"],
      ["2026-11-24", "bakkerij"],
      ["2026-11-24", "Acme"],
      ["2026-11-17", "zeta"],
    ]);
  });
});

describe("summarize: moments", () => {
  it("collects good moments from debriefs and dailies, difficult ones from debriefs, newest first", async () => {
    const entries = [
      debrief("2026-11-10", { answers: { good_moment: "Before the period" } }),
      debrief("2026-11-17", { customer: "Acme", answers: { good_moment: "Good A", difficult_moment: "Hard A" } }),
      prep("2026-11-17", { answers: { good_moment: "Not a moment: a prep" } }),
      daily("2026-11-18", { answers: { good_moment: "Daily good", difficult_moment: "Not asked in a daily" } }),
      daily("2026-11-19", { answers: { good_moment: "   " } }),
      debrief("2026-11-24", { customer: "Bakkerij", answers: { good_moment: "Good B", difficult_moment: "Hard B" } }),
    ];
    const s = await summaryOf(entries, { since, until });
    expect(s.moments.good.map((m) => [m.day, m.kind, m.customer, m.text])).toEqual([
      ["2026-11-24", "debrief", "Bakkerij", "Good B"],
      ["2026-11-18", "daily", null, "Daily good"],
      ["2026-11-17", "debrief", "Acme", "Good A"],
    ]);
    expect(s.moments.difficult.map((m) => m.text)).toEqual(["Hard B", "Hard A"]);
    expect(s.moments.difficult[0]!.entry).toBe(entries[5]!.id);
  });
});
