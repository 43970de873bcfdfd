import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeEntries } from "../../src/demo/write.js";
import { parseFiles } from "../../src/journal/parse-files.js";
import { batchEncoder, decodeBatch, parsedAnswers, type ParsedFile } from "../../src/journal/parsed-file.js";
import { readEntryFileSync, type EntryFileResult } from "../../src/journal/read-entry-file.js";
import { headOf } from "../../src/journal/index-store.js";
import { daily, debrief } from "../helpers/entries.js";

/** What a file gave, as a read sees it with its answers asked for. */
const seen = (r: ParsedFile) => (r.ok ? { head: r.head, steps: r.steps, answers: parsedAnswers(r.answers) } : r);
const expected = (r: EntryFileResult) => (r.ok ? { ...headOf(r.entry.entry), answers: r.entry.entry.answers } : r);

async function journalOf(count: number): Promise<string[]> {
  const journal = fs.mkdtempSync(path.join(os.tmpdir(), "parsed-batch-"));
  const entries = Array.from({ length: count }, (_, i) =>
    i % 3 === 0
      ? debrief(`2026-0${1 + (i % 9)}-1${i % 10}`, { customer: `Customer ${i % 7}`, answers: { understanding: 1 + (i % 5), good_moment: `moment ${i}`, channel: "phone" } })
      : daily(`2026-0${1 + (i % 9)}-1${i % 10}`, { answers: { mood: 1 + (i % 5), good_moment: `a good moment, number ${i}` } }),
  );
  await writeEntries(journal, entries);
  const files = fs.readdirSync(journal, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml"));
  return files.map((f) => path.join(journal, f)).sort();
}

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
    const progress: number[] = [];
    const parsed = await parseFiles(files, (done) => progress.push(done));
    expect(parsed.map(seen)).toEqual(files.map((f) => expected(readEntryFileSync(f))));
    expect(progress.at(-1)).toBe(files.length);
  });
});
