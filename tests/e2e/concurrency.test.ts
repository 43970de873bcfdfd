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

describe("runs changing one entry wait their turn", () => {
  // Finding 9: of 50 parallel `done` on different actions of one entry, 2 to 15 refused after the
  // 10 s wait ("being changed by another run"); on the same action, 7 of 50.
  it("50 parallel done on 50 actions of one entry: all 50 recorded", async () => {
    const { env } = tempHome();
    const actions = Array.from({ length: 50 }, (_, i) => `  - Follow-up ${i}`).join("\n");
    const answers = DEBRIEF_ANSWERS.replace(/^actions:\n(?:  - .*\n?)+/m, `actions:\n${actions}\n`);
    expect((await run(["debrief", "--customer", "Acme BV", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: answers })).code).toBe(0);
    const ids = (JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string }[]).map((a) => a.id);
    expect(ids).toHaveLength(50);
    const runs = await Promise.all(ids.map((id) => run(["done", id], { env })));
    expect(runs.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
    const after = JSON.parse((await run(["actions", "--all", "--json"], { env })).stdout) as { done: boolean }[];
    expect(after.filter((a) => a.done)).toHaveLength(50);
  }, 90_000);
});
