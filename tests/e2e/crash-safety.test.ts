import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readJournal } from "../../src/journal/read.js";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { run, tempHome } from "../helpers/cli.js";
import { killAfter, random } from "../helpers/kill.js";

/** Every file below the journal's month folders, temporary ones included. */
function allFiles(journal: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const i of fs.readdirSync(d, { withFileTypes: true })) (i.isDirectory() ? walk : (p: string) => out.push(p))(path.join(d, i.name));
  };
  walk(journal);
  return out;
}

describe("crash safety: SIGKILL at random moments", () => {
  it("never leaves a partial entry, and every entry reported as saved is there and valid", async () => {
    const { env, journal } = tempHome();
    const rnd = random(42);
    const saved: string[] = [];
    // Enough kills to land before, during and after the write; more belong in a soak run, not in every test run.
    const trials = 60;
    // Kill moments spread around how long a save takes on this machine right now, so that some
    // runs die before, some while, and some after writing, however loaded the machine is.
    const started = Date.now();
    await run(["daily", "--answers", "-", "--at", "2026-11-16 17:30"], { env, input: DAILY_ANSWERS });
    const full = Date.now() - started;
    for (let i = 0; i < trials; i += 2) {
      // Two at a time: the machine has two cores.
      const outs = await Promise.all([0, 1].map(() => killAfter(["daily", "--answers", "-", "--at", "2026-11-16 17:30"], env, DAILY_ANSWERS, full * (0.5 + rnd()))));
      for (const o of outs) saved.push(...[...o.matchAll(/Saved: (.+\.yaml)/g)].map((m) => m[1]!));
    }
    const { entries, invalid } = await readJournal(journal);
    expect(invalid).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(saved.length + 1);
    for (const file of saved) expect(entries.some((e) => e.path === file), file).toBe(true);
    // Anything else on disk is a dot-named temporary file, which no reader takes for an entry.
    const others = allFiles(journal).filter((f) => !entries.some((e) => e.path === f));
    for (const f of others) expect(path.basename(f)).toMatch(/^\.[0-9a-f]+\.tmp$|^\w+\.yaml$/);
    expect(saved.length, "some runs got to save").toBeGreaterThan(0);
    expect(saved.length, "some runs were killed first").toBeLessThan(trials);
  }, 60_000);

  it("keeps an entry valid while `done` is killed mid-write", async () => {
    const { env, journal } = tempHome();
    await run(["debrief", "--customer", "Acme", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const [action] = JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string }[];
    const rnd = random(7);
    const started = Date.now();
    await run(["done", action!.id, "--undo"], { env });
    const full = Date.now() - started;
    for (let i = 0; i < 40; i++) {
      await killAfter(["done", action!.id, ...(i % 2 ? ["--undo"] : [])], env, "", full * (0.5 + rnd()));
      const { entries, invalid } = await readJournal(journal);
      expect(invalid).toEqual([]);
      expect(entries).toHaveLength(1);
    }
    // A lock left by a killed run does not hold up the next one (which would give up and exit 1).
    expect((await run(["done", action!.id], { env })).code).toBe(0);
  }, 60_000);

  it("keeps an entry valid while `edit` is killed mid-save", async () => {
    const { dir, env, journal } = tempHome();
    await run(["daily", "--answers", "-", "--at", "2026-11-16 17:00"], { env, input: DAILY_ANSWERS });
    const editor = path.join(dir, "editor.sh");
    fs.writeFileSync(editor, `#!/bin/sh\nsed -i "s/A customer laughed.*/A customer laughed $$/" "$1"\n`, { mode: 0o755 });
    const e = { ...env, EDITOR: editor };
    const started = Date.now();
    await run(["edit", "2026-11-16T1700"], { env: e });
    const full = Date.now() - started;
    const rnd = random(11);
    for (let i = 0; i < 30; i++) {
      await killAfter(["edit", "2026-11-16T1700"], e, "", full * (0.5 + rnd()));
      const { entries, invalid } = await readJournal(journal);
      expect(invalid).toEqual([]);
      expect(entries).toHaveLength(1);
    }
  }, 60_000);

  // Plain, a hand edit or a new entry changes a month; encrypted, a new entry or one removed (an
  // appended line would only damage the file). Then a run that would update the index is killed at
  // a random moment, and the next run must agree with the files.
  it.each([["plain"], ["encrypted"]])("keeps an index that agrees with the files when runs are killed while updating it (%s)", async (kind) => {
    const { env, journal } = tempHome();
    const months = ["2026-07-10", "2026-08-11", "2026-09-12", "2026-10-13", "2026-11-14"];
    const sealed = kind === "encrypted";
    if (sealed) expect((await run(["encryption", "init", "--no-passphrase"], { env })).code).toBe(0);
    for (const at of months) await run(["daily", "--answers", "-", "--at", at], { env, input: DAILY_ANSWERS });
    if (sealed) expect((await run(["encryption", "on"], { env })).code).toBe(0);
    const rnd = random(3);
    const truth = async () => {
      const r = await run(["--no-cache", "list", "--json"], { env });
      expect(r.stderr).toBe("");
      return r.stdout;
    };
    // Kill moments spread around how long a run that rebuilds the whole index takes right now.
    const started = Date.now();
    await run(["list"], { env });
    const full = Date.now() - started;
    for (let i = 0; i < 16; i++) {
      const files = allFiles(journal).filter((f) => /\.yaml(\.age)?$/.test(f));
      const file = files[Math.floor(rnd() * files.length)]!;
      if (!sealed) fs.appendFileSync(file, `# note ${i}\n`);
      else if (i % 3 === 1 && files.length > 3) fs.rmSync(file);
      if (i % 3 === 0) await run(["daily", "--answers", "-", "--at", months[i % months.length]!.replace(/\d\d$/, "2" + (i % 8))], { env, input: DAILY_ANSWERS });
      await killAfter(["list"], env, "", full * (0.3 + rnd()));
      expect((await run(["list", "--json"], { env })).stdout).toBe(await truth());
    }
    // Damaged index files are ignored and rebuilt.
    const index = path.join(env.XDG_CACHE_HOME!, "empathy-coach", "index");
    const indexFiles = allFiles(index);
    expect(indexFiles.length).toBeGreaterThan(0);
    // (A killed run may leave a temporary file: it holds the same sealed bytes, under a dot name.)
    if (sealed) expect(indexFiles.filter((f) => !f.endsWith(".age") && !path.basename(f).startsWith("."))).toEqual([]);
    for (const f of indexFiles) fs.writeFileSync(f, "{ half an ind");
    expect((await run(["list", "--json"], { env })).stdout).toBe(await truth());
    expect((await run(["list", "--json"], { env })).stdout).toBe(await truth());
  }, 120_000);
});
