import { describe, expect, it } from "vitest";
import { bar, GAP, heatCell, heatMap, sparkline, trendArrow } from "../../src/render/charts.js";

describe("charts", () => {
  it("sparkline maps values on the scale and shows gaps", () => {
    expect(sparkline([1, null, 5, 3], 1, 5)).toBe(`▁${GAP}█▅`);
    expect(sparkline([9, -3], 1, 5)).toBe("█▁"); // clamped
    expect(sparkline([2, 2], 2, 2)).toBe("▄▄"); // no scale: the middle
    expect(sparkline([], 1, 5)).toBe("");
  });

  it("bar fills whole cells and eighths, never more than the width", () => {
    expect(bar(4, 8, 10)).toBe("█████");
    expect(bar(1, 8, 2)).toBe("▎");
    expect(bar(10, 8, 3)).toBe("███");
    expect(bar(0, 8, 3)).toBe("");
    expect(bar(3, 0, 3)).toBe("");
    expect(bar(Number.NaN, 3, 3)).toBe("");
  });

  it("heat map: a row per weekday, a column per week, shades by count, blanks for the future", () => {
    expect([0, 1, 2, 3, 4, 9].map(heatCell).join("")).toBe("·░▒▓██");
    const days = [1, 0, 2, 0, 0, 0, 0, 3, 4, 0, 0, 0, 0, 0].map((count, i) => ({ count, ...(i > 8 && { future: true }) }));
    const rows = heatMap(days, ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]);
    expect(rows).toEqual(["Mo ░ ▓", "Tu · █", "We ▒", "Th ·", "Fr ·", "Sa ·", "Su ·"]);
  });

  it("trend arrows", () => {
    expect([trendArrow("up"), trendArrow("down"), trendArrow("flat")]).toEqual(["↑", "↓", "→"]);
  });
});
