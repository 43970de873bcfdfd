import { describe, expect, it } from "vitest";
import { isMonthDigest, joinDigests, monthDigest } from "../../src/journal/month-digest.js";
import { windowStart } from "../../src/insights/journal-view.js";
import type { Entry } from "../../src/journal/entry.js";
import { generateJournal } from "../../src/demo/generate.js";
import { loadExercises, loadMenus } from "../../src/exercises/load.js";
import { daily, debrief, prep, summaryOf } from "../helpers/entries.js";

const since = "2026-11-16";
const until = "2026-11-29";

/**
 * The summary from the entries of the window and the digests of the months before it, one per
 * month, or `joined` into one for all those months.
 */
async function throughDigests(entries: readonly Entry[], window = { since, until }, joined = false) {
  const start = windowStart(window.since, window.until);
  const before = entries.filter((e) => e.createdAt.slice(0, 10) < start);
  const months = [...new Set(before.map((e) => e.createdAt.slice(0, 7)))];
  const earlier = months.map((m) => monthDigest(before.filter((e) => e.createdAt.startsWith(m))));
  return summaryOf(entries.slice(before.length), { ...window, earlier: joined ? [joinDigests(earlier)] : earlier });
}

describe("summarize through month digests", () => {
  const entries = () => [
    daily("2026-01-05"),
    daily("2026-01-06"),
    prep("2026-01-07", { customer: "Acmé BV", actions: [{ text: "Old promise", due: "2026-01-20" }, { text: "Kept", done: true }] }),
    debrief("2026-01-08", { customer: "ACME bv", answers: { observed_emotions: ["worried", "Tired "], observed_needs: ["certainty"] } }),
    // Done after the month, and after one window's end: open in that window.
    debrief("2026-02-02", {
      customer: "Acme BV",
      prep: "2025-12-30T0900-prep-gone",
      answers: { observed_emotions: ["tired", "worried"] },
      actions: [{ text: "Call back", due: "2026-02-10", done: true, doneAt: "2026-10-01T10:00:00+01:00" }],
    }),
    debrief("2026-03-03", { customer: "Oldco", answers: { observed_emotions: ["worried"] }, actions: [{ text: "Quote", due: "2026-03-10" }] }),
    daily("2026-03-04"),
    daily("2026-11-17"),
    debrief("2026-11-17", { customer: "acme  bv", answers: { observed_emotions: ["worried", "relieved"], observed_needs: ["certainty", "speed"] } }),
    prep("2026-11-20", { customer: "Oldco" }),
    debrief("2026-11-24", { customer: "Bakkerij", answers: { observed_emotions: ["happy"] } }),
  ];

  it("gives the model of all entries", async () => {
    const list = entries();
    const all = await summaryOf(list, { since, until });
    expect(await throughDigests(list)).toEqual(all);
    expect(await throughDigests(list, { since, until }, true)).toEqual(all);
    expect(all.customers.find((c) => c.name === "acme  bv")).toMatchObject({ openActions: 1, recurringEmotions: [{ id: "worried", count: 3 }] });
    // The label of a free word is its first spelling, over the months before too.
    expect(all.customers.find((c) => c.name === "acme  bv")!.recurringEmotions.map((e) => e.label)).toContain("worried");
  });

  it("gives the model of all entries for a window in the past", async () => {
    const window = { since: "2026-09-01", until: "2026-09-30" };
    const list = entries();
    const all = await summaryOf(list, window);
    expect(await throughDigests(list, window)).toEqual(all);
    expect(await throughDigests(list, window, true)).toEqual(all);
    // The action done in October was still open at the end of September, and overdue.
    expect(all.actions.overdueList.map((a) => a.text)).toEqual(["Old promise", "Call back", "Quote"]);
  });

  it("gives the model of all entries from years of a demo journal, month by month and joined", async () => {
    const { exercises } = await loadExercises();
    const byId = Object.fromEntries(exercises.map((e) => [e.exercise.id, e.exercise])) as never;
    const list = await generateJournal({ seed: 5, lang: "en", until, entries: 1500, exercises: byId, menus: await loadMenus() });
    const all = await summaryOf(list, { since, until });
    expect(all.customers.length).toBeGreaterThan(0);
    expect(all.actions.overdue).toBeGreaterThan(0);
    expect(await throughDigests(list)).toEqual(all);
    expect(await throughDigests(list, { since, until }, true)).toEqual(all);
  });

  it("keeps of a month what the analyses need, and checks its form", () => {
    const d = monthDigest(entries().slice(0, 4));
    expect(d).toMatchObject({ entries: 4, lastDay: "2026-01-08", daily: ["2026-01-05", "2026-01-06"], done: 1, links: [] });
    expect(d.pending.map((a) => a[1])).toEqual(["Old promise"]);
    expect(Object.keys(d.customers)).toEqual(["acme bv"]);
    expect(d.customers["acme bv"]).toMatchObject({ name: "ACME bv", open: 1, emotions: { picks: [["worried", 1], ["Tired", 1]], answers: 1 } });
    expect(isMonthDigest(JSON.parse(JSON.stringify(d)))).toBe(true);
    expect(isMonthDigest({ ...d, done: -1 })).toBe(false);
    expect(isMonthDigest({ ...d, pending: [["x"]] })).toBe(false);
    expect(isMonthDigest({ ...d, customers: { x: { name: "X" } } })).toBe(false);
  });
});
