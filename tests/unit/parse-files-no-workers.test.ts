/** A cold read where worker threads cannot be started: parsed in the reading thread, whole, every time. */
import os from "node:os";
import { describe, expect, it, vi } from "vitest";
import { readEntryFileSync } from "../../src/journal/read-entry-file.js";
import { expected, journalOf, parseAll, seen } from "../helpers/parsed-files.js";

vi.mock("node:worker_threads", () => ({
  Worker: class {
    constructor() {
      throw new Error("no threads here");
    }
  },
}));

describe("a cold read without worker threads", () => {
  it("parses every file in this thread, on this read and the next", async () => {
    vi.spyOn(os, "availableParallelism").mockReturnValue(4);
    const files = await journalOf(450);
    const want = files.map((f) => expected(readEntryFileSync(f)));
    for (let run = 0; run < 2; run++) {
      const { parsed, progress } = await parseAll(files);
      expect(parsed.map(seen)).toEqual(want);
      expect(progress.at(-1)).toBe(files.length);
    }
  });
});
