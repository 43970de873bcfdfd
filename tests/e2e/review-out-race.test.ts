import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { run, tempHome } from "../helpers/cli.js";

/** Every name below a folder, with its size: what a review must leave exactly as it was. */
function tree(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).map((d) => {
    const p = path.join(d.parentPath, d.name);
    return `${path.relative(dir, p)}:${d.isFile() ? fs.lstatSync(p).size : d.isSymbolicLink() ? "link" : "dir"}`;
  }).sort();
}

async function trainee() {
  const home = tempHome();
  expect((await run(["debrief", "--customer", "Acme BV", "--answers", "-", "--at", "2026-11-16 11:00"], { env: home.env, input: DEBRIEF_ANSWERS })).code).toBe(0);
  return home;
}

describe("review --out never lands in a reviewed folder", () => {
  // Finding 4: with a link swapped in a loop, 20 of 60 runs passed the check and 13 wrote their
  // report into the trainee's folder (4 more left .tmp files there).
  it("a link swapped in a loop during 200 reviews: nothing is written inside", async () => {
    const { dir, env, journal } = await trainee();
    const safe = path.join(dir, "reports");
    fs.mkdirSync(safe);
    const link = path.join(dir, "out");
    fs.symlinkSync(safe, link);
    const before = tree(journal);
    const swapper = spawn(process.execPath, [
      "-e",
      `const fs=require("fs");const [l,a,b]=process.argv.slice(1);
       for(let i=0;;i++){const n=l+"."+i;fs.symlinkSync(i%2?a:b,n);fs.renameSync(n,l);}`,
      link,
      journal,
      safe,
    ]);
    // The 200 reviews run one after another in this process, through the CLI's runtime.
    const codes: (number | null)[] = [];
    let stderr = "";
    try {
      for (let i = 0; i < 200; i++) {
        const r = await run(["review", journal, "--until", "2026-11-20", "--out", `${path.join(link, "r")}${i}.md`], { env });
        codes.push(r.code);
        stderr += r.stderr;
      }
    } finally {
      swapper.kill();
    }
    expect(codes).toHaveLength(200);
    const written = fs.readdirSync(safe).filter((n) => /^r\d+\.md$/.test(n)).length;
    const refused = stderr.match(/lies inside a folder being reviewed/g)?.length ?? 0;
    expect(written + refused).toBe(200);
    expect(codes.filter((c) => c === 0)).toHaveLength(written);
    expect(tree(journal)).toEqual(before);
  }, 90_000);

  // Finding 5: with XDG_CACHE_HOME or XDG_DATA_HOME inside the reviewed folder, review wrote its
  // cache there and note its notes file.
  it("refuses a cache or data folder inside the reviewed folder, and writes nothing there", async () => {
    const { env, journal } = await trainee();
    const before = tree(journal);
    const inCache = await run(["review", journal, "--until", "2026-11-20"], { env: { ...env, XDG_CACHE_HOME: path.join(journal, "cache") } });
    expect(inCache.code).toBe(1);
    expect(inCache.stderr).toMatch(/^empathy: your cache folder .* lies inside .*; set XDG_CACHE_HOME to a folder of your own, or add --no-cache\n$/);
    const dataEnv = { ...env, XDG_DATA_HOME: path.join(journal, "2026") };
    const inData = await run(["review", journal, "--until", "2026-11-20"], { env: dataEnv });
    expect(inData.stderr).toMatch(/your data folder .* lies inside/);
    const id = JSON.parse((await run(["list", "--json"], { env })).stdout)[0].id as string;
    const note = await run(["note", id, "well listened", "--for", journal], { env: dataEnv });
    expect(note.code).toBe(1);
    expect(note.stderr).toMatch(/your data folder .* lies inside/);
    expect(tree(journal)).toEqual(before);
    // Elsewhere both work, and the Dutch says the same.
    expect((await run(["review", journal, "--until", "2026-11-20", "--no-cache"], { env: { ...env, XDG_DATA_HOME: path.join(path.dirname(journal), "d") } })).code).toBe(0);
    const nl = await run(["--lang", "nl", "review", journal], { env: { ...env, XDG_CACHE_HOME: journal } });
    expect(nl.stderr).toMatch(/je cachemap .* ligt in/);
  }, 30_000);
});
