import { describe, expect, it } from "vitest";
import { streaks } from "../../src/insights/streak.js";

// 2026-11-16 is a Monday.
const week = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];

describe("streaks", () => {
  it("is zero for an empty journal", () => {
    expect(streaks([], "2026-11-24")).toEqual({ current: 0, longest: 0, doneToday: false });
  });

  it("is not broken by a weekend", () => {
    const days = [...week, "2026-11-23"]; // Mon–Fri, then Monday
    expect(streaks(days, "2026-11-23")).toEqual({ current: 6, longest: 6, doneToday: true });
  });

  it("stays alive while today is not over", () => {
    expect(streaks(week, "2026-11-23")).toMatchObject({ current: 5, doneToday: false });
  });

  it("breaks on a missed working day, but keeps the longest", () => {
    const days = [...week, "2026-11-24"]; // Monday the 23rd missed
    expect(streaks(days, "2026-11-24")).toEqual({ current: 1, longest: 5, doneToday: true });
  });

  it("forgives missed working days within the grace", () => {
    const days = [...week, "2026-11-24"];
    expect(streaks(days, "2026-11-24", { workdays: [1, 2, 3, 4, 5], graceDays: 1 })).toMatchObject({ current: 6 });
    const twoMissed = [...week, "2026-11-25"];
    expect(streaks(twoMissed, "2026-11-25", { workdays: [1, 2, 3, 4, 5], graceDays: 1 })).toMatchObject({ current: 1 });
  });

  it("counts a weekend reflection and ignores days after today and duplicates", () => {
    const days = ["2026-11-20", "2026-11-21", "2026-11-21", "2026-11-23", "2026-12-01"];
    expect(streaks(days, "2026-11-23")).toEqual({ current: 3, longest: 3, doneToday: true });
  });

  it("honours other working days", () => {
    // Works Tue–Sat: a missed Monday does not break it, a missed Saturday does.
    const rules = { workdays: [2, 3, 4, 5, 6], graceDays: 0 };
    expect(streaks(["2026-11-21", "2026-11-24"], "2026-11-24", rules)).toMatchObject({ current: 2 });
    expect(streaks(["2026-11-20", "2026-11-24"], "2026-11-24", rules)).toMatchObject({ current: 1 });
  });
});
