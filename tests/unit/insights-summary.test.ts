import { describe, expect, it } from "vitest";
import type { InvalidFile } from "../../src/data/invalid-file.js";
import { daily, debrief, prep, summaryOf } from "../helpers/entries.js";

// 2026-11-16 is a Monday. The period 2026-11-11 (Wed) … 2026-11-24 (Tue) has 14 days.
const since = "2026-11-11";
const until = "2026-11-24";

describe("summarize: period and counts", () => {
  it("returns exactly the documented top-level keys", async () => {
    const s = await summaryOf([], { since, until });
    expect(Object.keys(s)).toEqual([
      "period", "counts", "habit", "ratings", "emotions", "needs", "accuracy", "followThrough", "actions", "customers", "moments", "intentions", "channels", "invalid",
    ]);
  });

  it("compares with the period of the same length directly before", async () => {
    const s = await summaryOf([], { since, until });
    expect(s.period).toEqual({ since, until, days: 14, previous: { since: "2026-10-28", until: "2026-11-10" } });
  });

  it("turns a reversed window around and refuses a day that is not a day", async () => {
    const s = await summaryOf([], { since: until, until: since });
    expect(s.period.since).toBe(since);
    await expect(summaryOf([], { since: "2026-13-01", until })).rejects.toThrow(RangeError);
  });

  it("counts per kind, per week, and in the previous period; ignores entries after until", async () => {
    const entries = [
      prep("2026-10-20"), // before the previous period
      prep("2026-11-01"),
      debrief("2026-11-10"),
      daily("2026-11-11"),
      prep("2026-11-16"),
      debrief("2026-11-16"),
      daily("2026-11-17"),
      daily("2026-11-24"),
      daily("2026-11-25"), // after "today"
    ];
    const s = await summaryOf(entries, { since, until });
    expect(s.counts).toMatchObject({ total: 5, prep: 1, debrief: 1, daily: 3, previous: { total: 2, prep: 1, debrief: 1, daily: 0 } });
    expect(s.counts.weekly).toEqual([
      { week: "2026-11-09", days: 5, total: 1, prep: 0, debrief: 0, daily: 1 },
      { week: "2026-11-16", days: 7, total: 3, prep: 1, debrief: 1, daily: 1 },
      { week: "2026-11-23", days: 2, total: 1, prep: 0, debrief: 0, daily: 1 },
    ]);
  });

  it("includes empty weeks with zeros", async () => {
    const s = await summaryOf([daily("2026-11-02")], { since: "2026-11-02", until: "2026-11-22" });
    expect(s.counts.weekly.map((w) => [w.week, w.total])).toEqual([["2026-11-02", 1], ["2026-11-09", 0], ["2026-11-16", 0]]);
  });
});

describe("summarize: habit", () => {
  const weekdays = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];

  it("keeps a streak across the weekend", async () => {
    const s = await summaryOf([...weekdays, "2026-11-23", "2026-11-24"].map((d) => daily(d)), { since, until });
    expect(s.habit).toMatchObject({ current: 7, longest: 7, doneToday: true, dailyDays: 7 });
  });

  it("breaks on a missed working day unless the grace forgives it, and keeps the longest", async () => {
    const entries = [...weekdays, "2026-11-24"].map((d) => daily(d)); // Monday the 23rd missed
    expect((await summaryOf(entries, { since, until })).habit).toMatchObject({ current: 1, longest: 5 });
    const graced = await summaryOf(entries, { since, until, rules: { workdays: [1, 2, 3, 4, 5], graceDays: 1 } });
    expect(graced.habit).toMatchObject({ current: 6, longest: 6 });
  });

  it("counts streaks over all dailies, not only the period's, and not those after today", async () => {
    const entries = [daily("2026-11-05"), daily("2026-11-06"), daily("2026-11-09"), daily("2026-11-10"), daily("2026-11-25")];
    const s = await summaryOf(entries, { since, until: "2026-11-11" });
    expect(s.habit).toMatchObject({ current: 4, doneToday: false, dailyDays: 0 });
  });

  it("counts reflection days and working days in both periods", async () => {
    const entries = [daily("2026-11-02"), daily("2026-11-02"), daily("2026-11-12"), daily("2026-11-14")];
    const s = await summaryOf(entries, { since, until });
    expect(s.habit).toMatchObject({ dailyDays: 2, workdays: 10, previous: { dailyDays: 1, workdays: 10 } });
  });

  it("has a 12-week calendar, Monday first, ending with the week of until", async () => {
    const s = await summaryOf([daily("2026-11-24"), prep("2026-11-24"), prep("2026-09-07")], { since, until });
    const cal = s.habit.calendar;
    expect(cal).toHaveLength(84);
    expect(cal[0]).toEqual({ day: "2026-09-07", count: 1, daily: false });
    expect(cal[78]).toEqual({ day: "2026-11-24", count: 2, daily: true });
    expect(cal[79]).toEqual({ day: "2026-11-25", count: 0, daily: false, future: true });
    expect(cal.filter((c) => c.future)).toHaveLength(5);
  });
});

describe("summarize: empty journal, invalid files", () => {
  it("gives a complete model of zeros and nulls, never NaN", async () => {
    const s = await summaryOf([], { since, until });
    const json = JSON.stringify(s);
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(s.counts.total).toBe(0);
    expect(s.habit).toMatchObject({ current: 0, longest: 0, doneToday: false, dailyDays: 0 });
    for (const r of Object.values(s.ratings.skills)) expect(r).toMatchObject({ average: null, n: 0, trend: null, trendNote: "too-few" });
    expect(s.ratings.weakest).toBeNull();
    expect(s.emotions).toMatchObject({ top: [], distinct: 0, n: 0, unpleasantShare: null });
    expect(s.accuracy).toMatchObject({ items: [], emotions: { average: null, n: 0 }, agreement: { n: 0, share: null, claim: "too-few" } });
    expect(s.followThrough.debriefed).toEqual({ n: 0, count: 0, share: null });
    expect(s.actions).toMatchObject({ total: 0, open: 0, overdue: 0, overdueList: [] });
    expect(s.customers).toEqual([]);
    expect(s.moments).toEqual({ good: [], difficult: [], shared: [] });
    expect(s.intentions).toEqual({ n: 0, yes: 0, partly: 0, no: 0, previous: { n: 0, yes: 0, partly: 0, no: 0 } });
    expect(s.channels).toEqual({ calls: 0, in_person: 0, video: 0, phone: 0, written: 0, unknown: 0, previous: { calls: 0, in_person: 0, video: 0, phone: 0, written: 0, unknown: 0 } });
  });

  it("gives the same for an empty period in a full journal", async () => {
    const s = await summaryOf([debrief("2026-01-05", { answers: { perspective: 4 } })], { since, until });
    expect(JSON.stringify(s)).not.toContain("NaN");
    expect(s.counts.total).toBe(0);
  });

  it("passes skipped files through", async () => {
    const invalid: InvalidFile[] = [
      { path: "2026/11/a.yaml", line: 3, problem: "not-yaml", reason: "not YAML" },
      { path: "2026/11/b.yaml", problem: "schema", reason: "no id" },
    ];
    const s = await summaryOf([], { since, until, invalid });
    expect(s.invalid).toEqual(invalid);
  });
});
