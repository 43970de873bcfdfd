import { describe, expect, it } from "vitest";
import { streaks } from "../../src/insights/streak.js";

// 2026-11-16 is a Monday.
const week = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];

describe("streaks", () => {
  it("is zero for an empty journal", () => {
    expect(streaks([], "2026-11-24")).toEqual({ current: 0, longest: 0, doneToday: false, ended: null });
  });

  it("is not broken by a weekend", () => {
    const days = [...week, "2026-11-23"]; // Mon–Fri, then Monday
    expect(streaks(days, "2026-11-23")).toEqual({ current: 6, longest: 6, doneToday: true, ended: null });
  });

  it("stays alive while today is not over", () => {
    expect(streaks(week, "2026-11-23")).toMatchObject({ current: 5, doneToday: false });
  });

  it("breaks on a missed working day, but keeps the longest", () => {
    const days = [...week, "2026-11-24"]; // Monday the 23rd missed
    expect(streaks(days, "2026-11-24")).toEqual({ current: 1, longest: 5, doneToday: true, ended: null });
  });

  it("forgives missed working days within the grace", () => {
    const days = [...week, "2026-11-24"];
    expect(streaks(days, "2026-11-24", { workdays: [1, 2, 3, 4, 5], graceDays: 1 })).toMatchObject({ current: 6 });
    const twoMissed = [...week, "2026-11-25"];
    expect(streaks(twoMissed, "2026-11-25", { workdays: [1, 2, 3, 4, 5], graceDays: 1 })).toMatchObject({ current: 1 });
  });

  it("counts a weekend reflection and ignores days after today and duplicates", () => {
    const days = ["2026-11-20", "2026-11-21", "2026-11-21", "2026-11-23", "2026-12-01"];
    expect(streaks(days, "2026-11-23")).toEqual({ current: 3, longest: 3, doneToday: true, ended: null });
  });

  it("says when the last run ended, and how long it was, once no run is alive", () => {
    // 28 reflections on working days from Monday 2026-10-19 to Friday 2026-11-27, then Monday the 30th missed.
    const days: string[] = [];
    for (let d = new Date("2026-10-19T12:00:00Z"); days.length < 28; d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() % 6 !== 0) days.push(d.toISOString().slice(0, 10));
    }
    expect(days.at(-1)).toBe("2026-11-25");
    const s = streaks(days, "2026-11-27");
    expect(s).toMatchObject({ current: 0, longest: 28, ended: { length: 28, lastDay: "2026-11-25", endedOn: "2026-11-26" } });
    // Not ended while today is not over, and no "ended" once a new run is alive.
    expect(streaks(days, "2026-11-26").ended).toBeNull();
    expect(streaks([...days, "2026-11-27"], "2026-11-27")).toMatchObject({ current: 1, ended: null });
  });

  it("honours other working days", () => {
    // Works Tue–Sat: a missed Monday does not break it, a missed Saturday does.
    const rules = { workdays: [2, 3, 4, 5, 6], graceDays: 0 };
    expect(streaks(["2026-11-21", "2026-11-24"], "2026-11-24", rules)).toMatchObject({ current: 2 });
    expect(streaks(["2026-11-20", "2026-11-24"], "2026-11-24", rules)).toMatchObject({ current: 1 });
  });
});
