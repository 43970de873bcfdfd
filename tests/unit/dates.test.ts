import { describe, expect, it } from "vitest";
import { addDays, isValidDay, localIso, parseDay, parseMoment, weekStart } from "../../src/dates.js";

describe("dates", () => {
  it("writes local time with its offset", () => {
    expect(localIso(new Date(2026, 10, 24, 9, 5, 7))).toMatch(/^2026-11-24T09:05:07[+-]\d{2}:\d{2}$/);
  });

  it("knows real days from impossible ones", () => {
    expect(isValidDay("2024-02-29")).toBe(true);
    expect(isValidDay("2026-02-29")).toBe(false);
    expect(isValidDay("2026-02-30")).toBe(false);
    expect(isValidDay("2026-13-01")).toBe(false);
    expect(isValidDay("26-1-1")).toBe(false);
  });

  it("does day arithmetic across months, years and DST", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
  });

  it("parses --at moments and rejects the rest", () => {
    expect(parseMoment("2026-11-20")!.getHours()).toBe(12);
    expect(parseMoment("2026-11-20 17:45")!.getMinutes()).toBe(45);
    expect(parseMoment("2026-11-20T17:45:00Z")!.toISOString()).toBe("2026-11-20T17:45:00.000Z");
    expect(parseMoment("2026-11-20T17:45+0100")!.toISOString()).toBe("2026-11-20T16:45:00.000Z");
    for (const bad of ["2026-02-30", "yesterday-ish", "2026-11-20 25:00", "", "-1", "2026-11-20T10:61"]) expect(parseMoment(bad), bad).toBeUndefined();
  });

  it("parses --since/--until days and spans", () => {
    const today = "2026-11-24";
    expect(parseDay("2026-01-05", today)).toBe("2026-01-05");
    expect(parseDay("30d", today)).toBe("2026-10-25");
    expect(parseDay("12w", today)).toBe("2026-09-01");
    expect(parseDay("6m", today)).toBe("2026-05-24");
    expect(parseDay("1y", today)).toBe("2025-11-24");
    expect(parseDay("1m", "2026-03-31")).toBe("2026-02-28");
    expect(parseDay("yesterday", today)).toBe("2026-11-23");
    for (const bad of ["-5d", "5x", "last week", ""]) expect(parseDay(bad, today), bad).toBeUndefined();
  });
});
