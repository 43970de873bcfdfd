import { describe, expect, it } from "vitest";
import { readJournal } from "../../src/journal/read.js";
import { DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { entryFiles, run, tempHome } from "../helpers/cli.js";

describe("concurrency", () => {
  it("20 processes saving for the same customer in the same second all succeed, in 20 files", async () => {
    const { env, journal } = tempHome();
    const runs = await Promise.all(
      Array.from({ length: 20 }, () => run(["debrief", "--customer", "Acme BV", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS })),
    );
    expect(runs.map((r) => r.code)).toEqual(Array(20).fill(0));
    const files = entryFiles(journal);
    expect(files).toHaveLength(20);
    const { entries, invalid } = await readJournal(journal);
    expect(invalid).toEqual([]);
    expect(new Set(entries.map((e) => e.entry.id)).size).toBe(20);
  }, 60_000);

  it("a listing running while entries are written never fails", async () => {
    const { env } = tempHome();
    const writers = Array.from({ length: 10 }, (_, i) =>
      run(["debrief", "--customer", `Customer ${i}`, "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS }),
    );
    const readers = Array.from({ length: 6 }, () => run(["list", "--json"], { env }));
    const all = await Promise.all([...writers, ...readers]);
    for (const r of all) expect(r.stderr).toBe("");
    expect(all.map((r) => r.code)).toEqual(Array(16).fill(0));
  }, 60_000);
});
