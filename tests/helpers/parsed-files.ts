/** Journals of many small entries, and what reading each file gives, for the tests of a cold read. */
import fs from "node:fs";
import path from "node:path";
import { writeEntries } from "../../src/demo/write.js";
import { expect } from "vitest";
import { parseFiles } from "../../src/journal/parse-files.js";
import { parsedAnswers, type ParsedFile } from "../../src/journal/parsed-file.js";
import type { EntryFileResult } from "../../src/journal/read-entry-file.js";
import { headOf } from "../../src/journal/index-store.js";
import { daily, debrief } from "./entries.js";
import { tempDir } from "./temp.js";

/** What a file gave, as a read sees it with its answers asked for. */
export const seen = (r: ParsedFile) => (r.ok ? { head: r.head, steps: r.steps, answers: parsedAnswers(r.answers) } : r);
export const expected = (r: EntryFileResult) => (r.ok ? { ...headOf(r.entry.entry), answers: r.entry.entry.answers } : r);

/** The files of a new journal of `count` entries, sorted. */
export async function journalOf(count: number): Promise<string[]> {
  const journal = tempDir("parsed-batch-");
  const entries = Array.from({ length: count }, (_, i) =>
    i % 3 === 0
      ? debrief(`2026-0${1 + (i % 9)}-1${i % 10}`, { customer: `Customer ${i % 7}`, answers: { understanding: 1 + (i % 5), good_moment: `moment ${i}`, channel: "phone" } })
      : daily(`2026-0${1 + (i % 9)}-1${i % 10}`, { answers: { mood: 1 + (i % 5), good_moment: `a good moment, number ${i}` } }),
  );
  await writeEntries(journal, entries);
  const files = fs.readdirSync(journal, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml"));
  return files.map((f) => path.join(journal, f)).sort();
}

/**
 * Every file parsed, as the batches were handed on, and how many files had been handed on after
 * each batch. They must come in the files' order, each batch right after the one before.
 */
export async function parseAll(files: readonly string[]): Promise<{ parsed: ParsedFile[]; progress: number[] }> {
  const parsed: ParsedFile[] = [];
  const progress: number[] = [];
  await parseFiles(files, (batch, first) => {
    expect(first).toBe(parsed.length);
    parsed.push(...batch);
    progress.push(parsed.length);
  });
  return { parsed, progress };
}
