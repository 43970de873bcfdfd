import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { readJournal } from "../../src/journal/read.js";
import { DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { entryFiles, run, runCommand, runProcess, tempHome } from "../helpers/cli.js";
import { soak } from "../helpers/soak.js";

/**
 * Many runs at once, more in a soak run: each is a process of its own. Four to eight at once on
 * two cores still overlap in every step (a run takes longer to start than the others take to be
 * started), so a name, a lock or a write that two runs could share is shared in the default run too.
 */
const SAVERS = soak(6, 20);
const WRITERS = soak(6, 10);
const READERS = soak(4, 6);
const DONES = soak(8, 50);
const TAKERS = soak(6, 12);
const NOTES = soak(4, 8);

/**
 * Runs that share a journal, each a process of its own, as two terminals (or scripts) run them.
 * What only sets the journal up or reads it back afterwards runs in-process: it is not the subject.
 */
describe("concurrency", () => {
  it(`${SAVERS} processes saving for the same customer in the same second all succeed, in ${SAVERS} files`, async () => {
    const { env, journal } = tempHome();
    const runs = await Promise.all(
      Array.from({ length: SAVERS }, () => runProcess(["debrief", "--customer", "Acme BV", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS })),
    );
    expect(runs.map((r) => r.code)).toEqual(Array(SAVERS).fill(0));
    const files = entryFiles(journal);
    expect(files).toHaveLength(SAVERS);
    const { entries, invalid } = await readJournal(journal);
    expect(invalid).toEqual([]);
    expect(new Set(entries.map((e) => e.entry.id)).size).toBe(SAVERS);
  }, 60_000);

  it("a listing running while entries are written never fails", async () => {
    const { env } = tempHome();
    const writers = Array.from({ length: WRITERS }, (_, i) =>
      runProcess(["debrief", "--customer", `Customer ${i}`, "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS }),
    );
    const readers = Array.from({ length: READERS }, () => runProcess(["list", "--json"], { env }));
    const all = await Promise.all([...writers, ...readers]);
    for (const r of all) expect(r.stderr).toBe("");
    expect(all.map((r) => r.code)).toEqual(Array(WRITERS + READERS).fill(0));
  }, 60_000);
});

describe("runs changing one entry wait their turn", () => {
  // Finding 9: of 50 parallel `done` on different actions of one entry, 2 to 15 refused after the
  // 10 s wait ("being changed by another run"); on the same action, 7 of 50.
  it(`${DONES} parallel done on ${DONES} actions of one entry: all ${DONES} recorded`, async () => {
    const { env } = tempHome();
    const actions = Array.from({ length: DONES }, (_, i) => `  - Follow-up ${i}`).join("\n");
    const answers = DEBRIEF_ANSWERS.replace(/^actions:\n(?:  - .*\n?)+/m, `actions:\n${actions}\n`);
    expect((await run(["debrief", "--customer", "Acme BV", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: answers })).code).toBe(0);
    const ids = (JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string }[]).map((a) => a.id);
    expect(ids).toHaveLength(DONES);
    const runs = await Promise.all(ids.map((id) => runProcess(["done", id], { env })));
    expect(runs.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
    const after = JSON.parse((await run(["actions", "--all", "--json"], { env })).stdout) as { done: boolean }[];
    expect(after.filter((a) => a.done)).toHaveLength(DONES);
  }, 90_000);

  it("keeps every action marked done when several are marked at once, with times YAML 1.1 reads as text", async () => {
    const { env, journal } = tempHome();
    const answers = DEBRIEF_ANSWERS.replace("  - Call next week\n", "  - Call next week\n  - Ask Ilse\n  - Send the offer\n  - Book a visit\n");
    expect((await run(["debrief", "--customer", "Acme", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: answers })).code).toBe(0);
    const open = JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string }[];
    expect(open).toHaveLength(5);
    const runs = await Promise.all(open.map((a) => runProcess(["done", a.id], { env })));
    expect(runs.map((r) => r.code)).toEqual(Array(5).fill(0));
    const [file] = entryFiles(journal);
    const text = fs.readFileSync(path.join(journal, file!), "utf8");
    expect(parse(text).actions.map((a: { done: boolean }) => a.done)).toEqual(Array(5).fill(true));
    for (const line of text.split("\n").filter((l) => l.includes("doneAt:"))) expect(line).toMatch(/doneAt: "\d{4}-\d\d-\d\dT/);
    expect(fs.readdirSync(path.dirname(path.join(journal, file!))).filter((n) => n.endsWith(".lock"))).toEqual([]);
  });

  it("keeps every action marked done when several runs take over the lock a killed run left, at once", async () => {
    const { env, journal } = tempHome();
    // The fixture's two actions and the tasks added to them.
    const more = Array.from({ length: TAKERS - 2 }, (_, i) => `  - Task ${i}\n`).join("");
    const answers = DEBRIEF_ANSWERS.replace("  - Call next week\n", `  - Call next week\n${more}`);
    expect((await run(["debrief", "--customer", "Acme", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: answers })).code).toBe(0);
    const open = JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string }[];
    expect(open).toHaveLength(TAKERS);
    const [file] = entryFiles(journal);
    const gone = await runCommand(process.execPath, ["-e", "console.log(process.pid)"], { env });
    const lock = path.join(journal, path.dirname(file!), `.${path.basename(file!)}.lock`);
    fs.writeFileSync(lock, gone.stdout.trim());
    const runs = await Promise.all(open.map((a) => runProcess(["done", a.id], { env })));
    expect(runs.map((r) => r.code)).toEqual(Array(TAKERS).fill(0));
    const text = fs.readFileSync(path.join(journal, file!), "utf8");
    expect(parse(text).actions.map((a: { done: boolean }) => a.done)).toEqual(Array(TAKERS).fill(true));
    expect(fs.readdirSync(path.dirname(path.join(journal, file!))).filter((n) => n.startsWith("."))).toEqual([]);
  }, 30_000);

  it("keeps every note when several are made at once for one trainee", async () => {
    const own = tempHome();
    const bram = path.join(own.dir, "bram");
    expect((await run(["demo", "--out", bram, "--seed", "4", "--entries", "40"], { env: own.env })).code).toBe(0);
    const ids: string[] = JSON.parse((await run(["--journal", bram, "list", "--json"], { env: own.env })).stdout).map((e: { id: string }) => e.id);
    const made = await Promise.all(ids.slice(0, NOTES).map((id, i) => runProcess(["note", id, `note ${i}`, "--for", bram], { env: own.env })));
    expect(made.map((r) => r.code)).toEqual(Array(NOTES).fill(0));
    const all = (await run(["review", bram, "--since", "2000-01-01", "--format", "json"], { env: own.env })).stdout;
    expect(JSON.parse(all).trainees[0].notes.map((n: { text: string }) => n.text).sort()).toEqual(ids.slice(0, NOTES).map((_, i) => `note ${i}`).sort());
  }, 60_000);
});
