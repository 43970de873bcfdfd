import { describe, expect, it } from "vitest";
import { unpackAnswers } from "../../src/journal/answer-tuples.js";

// A damaged body of the index as a whole is held by tests/e2e/index-body-edits.test.ts: its
// answers are read again in a worker, which only the built files have.
describe("unpacking answers", () => {
  it("refuses a tuple whose question is not in the table", () => {
    expect(unpackAnswers([["mood", "rating", 0, 4]], ["How was today?"])).toEqual([{ step: "mood", type: "rating", question: "How was today?", answer: 4 }]);
    expect(() => unpackAnswers([["mood", "rating", 1, 4]], ["How was today?"])).toThrow();
    expect(() => unpackAnswers([["mood", "rating", 0.5, 4]], ["How was today?"])).toThrow();
  });
});
