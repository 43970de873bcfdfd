import { afterEach, describe, expect, it } from "vitest";
import { style, useColour } from "../../src/render/style.js";

describe("style", () => {
  afterEach(() => useColour(0));

  it("gives plain text back as chalk does at level 0: one part as text, more joined by spaces", () => {
    expect(style.bold("Summary")).toBe("Summary");
    expect(style.dim(3)).toBe("3");
    expect(style.red("two", "parts", 3)).toBe("two parts 3");
    expect(style.cyan()).toBe("");
  });

  it("colours through chalk once a run asks for colour, and stops when it asks for none", async () => {
    await useColour(1);
    expect(style.red("late")).toBe("\u001b[31mlate\u001b[39m");
    expect(style.bold(`a ${style.dim("b")} c`)).toBe("\u001b[1ma \u001b[2mb\u001b[22m\u001b[1m c\u001b[22m");
    await useColour(0);
    expect(style.red("late")).toBe("late");
  });
});
