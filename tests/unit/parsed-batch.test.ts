import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { batchEncoder, decodeBatch } from "../../src/journal/parsed-file.js";
import { readEntryFileSync } from "../../src/journal/read-entry-file.js";
import { expected, journalOf, parseAll, seen } from "../helpers/parsed-files.js";

describe("parsed batches", () => {
  it("give back each file's head, compact answers and answers, whichever batch is opened when", async () => {
    const files = await journalOf(6);
    fs.writeFileSync(files[2]!, "schema: 1\nid: [unclosed\n");
    const results = files.map((f) => readEntryFileSync(f));
    const batches = [files.slice(0, 3), files.slice(3)].map((part, b) => {
      const encoder = batchEncoder();
      for (const r of results.slice(b * 3, b * 3 + part.length)) encoder.add(r);
      return decodeBatch(encoder.done());
    });
    const parsed = batches.flat();
    expect(parsed[2]!.ok).toBe(false);
    // Asked for out of order: from the second batch, then the first, then the second again.
    for (const i of [4, 0, 5, 1, 3]) expect(seen(parsed[i]!)).toEqual(expected(results[i]!));
    expect(seen(parsed[2]!)).toEqual(expected(results[2]!));
  });

  it("keep the files' order and what each gave over many batches", async () => {
    const files = await journalOf(900);
    fs.writeFileSync(files[450]!, "not: [yaml\n");
    const { parsed, progress } = await parseAll(files);
    expect(parsed.map(seen)).toEqual(files.map((f) => expected(readEntryFileSync(f))));
    expect(progress.at(-1)).toBe(files.length);
  });
});
