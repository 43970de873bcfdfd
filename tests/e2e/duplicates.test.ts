import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { run, tempHome } from "../helpers/cli.js";

describe("the same entry in several month folders", () => {
  // Finding 8: a sync tool's copies in 2025/01, 2026/11 and 2026/12 made `done` and `show` answer
  // "fits 3 … give more of the id", which no id can satisfy; the misplaced files were not flagged.
  it("copies are file-health problems, and show and done work on the entry in its place", async () => {
    const { env, journal } = tempHome();
    expect((await run(["debrief", "--customer", "Acme BV", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS })).code).toBe(0);
    const [name] = fs.readdirSync(path.join(journal, "2026", "11"));
    const id = path.basename(name!, ".yaml");
    const copies = ["2025/01", "2026/12"].map((month) => {
      fs.mkdirSync(path.join(journal, month), { recursive: true });
      const p = path.join(journal, month, name!);
      fs.copyFileSync(path.join(journal, "2026", "11", name!), p);
      return p;
    });
    const list = await run(["list"], { env });
    expect(list.code).toBe(0);
    for (const p of copies) expect(list.stderr).toContain(`skipped ${p}: a copy of 2026/11/${name}, which is read instead; remove this one`);
    const review = JSON.parse((await run(["review", journal, "--format", "json", "--until", "2026-11-30"], { env })).stdout);
    const health = review.trainees[0].health;
    expect(health.entries).toBe(1);
    expect(health.byProblem).toMatchObject({ misplaced: 2 });

    const show = await run(["show", id], { env });
    expect(show.code).toBe(0);
    expect((await run(["show", copies[0]!, "--json"], { env })).stdout).toContain(`"path": "${copies[0]}"`);
    const [action] = JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string }[];
    const done = await run(["done", action!.id], { env });
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);

    // Without the entry in its place, both copies are named, with where it belongs.
    fs.rmSync(path.join(journal, "2026", "11", name!));
    const lost = await run(["show", id], { env });
    expect(lost.code).toBe(1);
    for (const p of copies) expect(lost.stderr).toContain(`${p}: in the wrong month folder: by its name it belongs in 2026/11/; move it there`);
    expect(lost.stderr.trim().split("\n")).toHaveLength(1);
  }, 40_000);
});
