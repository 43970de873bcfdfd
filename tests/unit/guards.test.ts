import { describe, expect, it } from "vitest";
import { isCount, isListOf, isShaped, isString } from "../../src/data/guards.js";

describe("guards", () => {
  const isPoint = isShaped({ name: isString, hits: isCount, tags: isListOf(isString) });

  it("passes a record whose every field passes, other fields let be, as often as it is asked", () => {
    const p = { name: "a", hits: 2, tags: ["x"], extra: null };
    expect(isPoint(p)).toBe(true);
    expect(isPoint(p)).toBe(true);
  });

  it("fails on any one field, a missing one, or what is not a record", () => {
    expect(isPoint({ name: "a", hits: -1, tags: [] })).toBe(false);
    expect(isPoint({ name: "a", hits: 1, tags: [1] })).toBe(false);
    expect(isPoint({ hits: 1, tags: [] })).toBe(false);
    expect(isPoint([])).toBe(false);
    expect(isPoint(null)).toBe(false);
  });
});
