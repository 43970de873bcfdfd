import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DAILY_ANSWERS } from "../fixtures/answers.js";
import { hostileFiles } from "../fixtures/hostile-files.js";
import { entryFiles, run, tempHome } from "../helpers/cli.js";
import { editIndexRows, HEAD_FILE, indexFiles } from "../helpers/index-files.js";

/** A heap this small aborts the run if one hostile file costs what it did (520 MB to 1.16 GB). */
const SMALL_HEAP = { NODE_OPTIONS: "--max-old-space-size=200" };
const nested = (n: number) => "[".repeat(n) + "]".repeat(n);

describe("hostile files cost a bounded amount", () => {
  // Finding 1: two 2 KB files of 1,000 nested [ ] made list, summary and review die with exit 134.
  it("every reading command finishes over deep nesting mixed with the fuzz corpus", async () => {
    const home = tempHome();
    // In a team folder of its own: the coach's cache and data folders are beside it, not in it.
    const team = path.join(home.dir, "team");
    const journal = path.join(team, "trainee");
    const env = { ...home.env, EMPATHY_JOURNAL: journal };
    const month = path.join(journal, "2026", "11");
    fs.mkdirSync(month, { recursive: true });
    for (const i of [0, 1]) fs.writeFileSync(path.join(month, `2026-11-01T100${i}-debrief-x.yaml`), nested(1000));
    fs.writeFileSync(path.join(month, "2026-11-02T1000-debrief-big.yaml"), nested(400_000));
    fs.writeFileSync(path.join(month, "2026-11-02T1100-debrief-deep.yaml"), Array.from({ length: 1200 }, (_, i) => `${" ".repeat(i)}a:`).join("\n"));
    for (const f of hostileFiles(150, 15)) {
      if (f.content === "directory") fs.mkdirSync(path.join(month, f.name), { recursive: true });
      else fs.writeFileSync(path.join(month, f.name), f.content);
    }
    for (const args of [["list"], ["summary", "--until", "2026-11-30"], ["review", journal, "--until", "2026-11-30"], ["review", team, "--until", "2026-11-30", "--format", "json"]]) {
      const r = await run(["--no-cache", ...args], { env: { ...env, ...SMALL_HEAP } });
      expect(r.stderr, args.join(" ")).not.toMatch(/FATAL|out of memory|call stack|\n\s+at /);
      expect(r.code, args.join(" ")).toBe(0);
      // The summary only counts the skipped files; the others name them with the reason.
      if (args[0] !== "summary") {
        expect(`${r.stdout}${r.stderr}`).toContain("2026-11-01T1000-debrief-x.yaml");
        expect(`${r.stdout}${r.stderr}`).toContain("nested too deeply");
      }
    }
  }, 60_000);

  // Finding 2: a FIFO named like a draft hung `empathy`; links to /dev/urandom and /dev/zero and a
  // 2 MB draft of [[[ cost seconds and a gigabyte.
  it("the home screen passes over special, linked and huge drafts", async () => {
    const { env, journal } = tempHome();
    await run(["daily", "--answers", "-", "--at", "2026-11-16 17:00"], { env, input: DAILY_ANSWERS });
    const drafts = path.join(journal, "drafts");
    fs.mkdirSync(drafts, { recursive: true });
    execFileSync("mkfifo", [path.join(drafts, "prep.yaml")]);
    fs.symlinkSync("/dev/urandom", path.join(drafts, "debrief.yaml"));
    fs.writeFileSync(path.join(drafts, "daily.yaml"), "[".repeat(2 * 1024 * 1024));
    const home = await run([], { env: { ...env, ...SMALL_HEAP } });
    expect(home.code).toBe(0);
    expect(home.stdout).toMatch(/^empathy/);
    fs.rmSync(path.join(drafts, "debrief.yaml"));
    fs.symlinkSync("/dev/zero", path.join(drafts, "debrief.yaml"));
    const prep = await run(["debrief", "--answers", "-"], { env: { ...env, ...SMALL_HEAP }, input: "wanted: x\n" });
    expect(prep.stderr).not.toMatch(/\n\s+at /);
  });

  // Finding 3: a file switched between a regular file and a FIFO while reviews ran hung 12 of 30.
  it("a file switched between a regular file and a FIFO never holds a review up", async () => {
    const { dir, env, journal } = tempHome();
    await run(["daily", "--answers", "-", "--at", "2026-11-16 17:00"], { env, input: DAILY_ANSWERS });
    const [entry] = fs.readdirSync(path.join(journal, "2026", "11"));
    const target = path.join(journal, "2026", "11", entry!);
    const regular = path.join(dir, "regular");
    fs.copyFileSync(target, regular);
    // Swaps in a loop: a FIFO, then the regular file, each moved into place in one step.
    const swapper = spawn(process.execPath, [
      "-e",
      `const fs=require("fs"),cp=require("child_process");const [t,r,d]=process.argv.slice(1);
       for(let i=0;;i++){const f=d+"/f"+i;cp.execFileSync("mkfifo",[f]);fs.renameSync(f,t);const c=d+"/c"+i;fs.copyFileSync(r,c);fs.renameSync(c,t);}`,
      target,
      regular,
      dir,
    ]);
    try {
      const results = await Promise.all(Array.from({ length: 12 }, () => run(["review", journal, "--no-cache", "--until", "2026-11-20"], { env })));
      for (const r of results) {
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/1 entry read|not a regular file|not a journal file/);
      }
    } finally {
      swapper.kill();
    }
  }, 60_000);

  // An 800 KB file cost seconds and half a gigabyte: entries are capped at 256 KiB, and the tool
  // never writes one that it would then skip.
  it("refuses to save an entry larger than the journal reads back", async () => {
    const { env, journal } = tempHome();
    const answers = JSON.stringify({ reflection: "x".repeat(300_000), good_moment: "a", intention: "b" });
    const r = await run(["daily", "--answers", "-", "--at", "2026-11-16 17:00"], { env, input: answers });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("empathy: this entry would be larger than 256 KiB, more than the journal reads back; shorten the longest answers\n");
    expect(entryFiles(journal)).toEqual([]);
  });
});

describe("an index edited by hand", () => {
  // Rows of the wrong types made list and summary stop with exit 70: only whether the head and
  // the compact answers were objects at all was checked. The rows' sum now sees any edit.
  it("reads again each file whose row holds what no reading gives, as without the index", async () => {
    const { dir, env, journal } = tempHome();
    expect((await run(["demo", "--out", journal, "--entries", "40", "--seed", "3"], { env })).code).toBe(0);
    fs.writeFileSync(path.join(journal, "2026", "11", "2026-11-02T1000-debrief-bad.yaml"), "schema: 1\nid: nothing\n");
    const commands = [["list", "--json"], ["summary", "--since", "1y", "--json"], ["summary", "--since", "12w"]];
    const truth = await Promise.all(commands.map((args) => run(["--no-cache", ...args], { env })));
    await run(["list", "-n", "1"], { env });

    type Row = [string, number, number, number, number, Record<string, unknown> | null, Record<string, unknown>];
    const damage: ((row: Row) => void)[] = [
      (row) => delete row[5]!.createdAt,
      (row) => (row[5]!.actions = null),
      (row) => (row[5]!.customer = 5),
      // Of the right type, and still not what the file holds.
      (row) => (row[5]!.customer = "Someone Else"),
      (row) => (row[5]!.kind = 7),
      (row) => (row[5]!.lang = "fr"),
      (row) => (row[5]!.exercise = { id: "daily", version: "2" }),
      (row) => (row[5]!.answers = []),
      (row) => (row[5]!.id = "2020-01-01T0000-daily"),
      (row) => (row[5]!.extra = true),
      (row) => (row[6] = { mood: { high: 5 } }),
    ];
    let damaged = 0;
    for (const head of indexFiles(path.join(dir, "cache"), HEAD_FILE))
      editIndexRows(head, (rows) => {
        for (const row of rows as Row[]) {
          if (row[5] === null) row[6] = { ...row[6], why: { key: "tooLarge" } };
          else if (damaged < damage.length) damage[damaged++]!(row);
        }
      });
    expect(damaged).toBe(damage.length);

    for (const round of [1, 2]) {
      for (const [k, args] of commands.entries()) {
        const r = await run(args!, { env });
        expect(r.code, `${args!.join(" ")}, run ${round}`).toBe(0);
        expect(r.stdout, `${args!.join(" ")}, run ${round}`).toBe(truth[k]!.stdout);
        expect(r.stderr, `${args!.join(" ")}, run ${round}`).toBe(truth[k]!.stderr);
      }
    }
  });

  it("reads a month again whose rows are not rows, though summed as written", async () => {
    const { dir, env, journal } = tempHome();
    expect((await run(["demo", "--out", journal, "--entries", "150", "--seed", "4"], { env })).code).toBe(0);
    const truth = await run(["--no-cache", "list", "--json"], { env });
    await run(["list", "-n", "1"], { env });
    const damage: ((rows: unknown[]) => void)[] = [(rows) => rows.unshift(null), (rows) => rows.push("row"), (rows) => (rows[0] = (rows[0] as unknown[]).slice(0, 5))];
    const heads = indexFiles(path.join(dir, "cache"), HEAD_FILE);
    expect(heads.length).toBeGreaterThanOrEqual(damage.length);
    damage.forEach((d, i) => editIndexRows(heads[i]!, d, { asWritten: true }));
    for (const round of [1, 2]) expect(await run(["list", "--json"], { env }), `run ${round}`).toEqual(truth);
  });
});
