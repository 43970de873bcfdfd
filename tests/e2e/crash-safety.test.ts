import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createIdentity } from "../../src/crypto/identity.js";
import { readJournal } from "../../src/journal/read.js";
import { saveEntry } from "../../src/journal/write.js";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { allFiles, run, tempHome } from "../helpers/cli.js";
import { enough, killAfter, killMoments, random, timeRun, type KillOutcome } from "../helpers/kill.js";
import { soak } from "../helpers/soak.js";

describe("crash safety: SIGKILL at random moments", () => {
  it("never leaves a partial entry, and every entry reported as saved is there and valid", async () => {
    const { env, journal } = tempHome();
    const saved: string[] = [];
    // Kill moments around how long a save takes on this machine right now, so that some runs die
    // before, some while, and some after writing, however loaded the machine is.
    const full = await timeRun(["daily", "--answers", "-", "--at", "2026-11-16 17:30"], env, DAILY_ANSWERS);
    const moments = killMoments(full * 0.5, full * 1.5, 42);
    const seen = new Set<KillOutcome>();
    let trials = 0;
    for (; !enough(trials, soak(8, 60), seen, ["early", "late"]); trials += 2) {
      // Two at a time: the machine has two cores.
      const at = [moments.next(), moments.next()];
      const outs = await Promise.all(at.map((ms) => killAfter(["daily", "--answers", "-", "--at", "2026-11-16 17:30"], env, DAILY_ANSWERS, ms)));
      outs.forEach((o, k) => {
        const got = [...o.matchAll(/Saved: (.+\.yaml)/g)].map((m) => m[1]!);
        saved.push(...got);
        seen.add(got.length > 0 ? "late" : "early");
        moments.found(at[k]!, got.length > 0 ? "late" : "early");
      });
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
    const full = await timeRun(["done", action!.id, "--undo"], env);
    for (let i = 0; i < soak(8, 40); i++) {
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
    // The editor notes each scratch copy: a killed run cannot remove its own, so the test does.
    const scratches = path.join(dir, "scratches.log");
    fs.writeFileSync(editor, `#!/bin/sh\necho "$1" >> '${scratches}'\nsed -i "s/A customer laughed.*/A customer laughed $$/" "$1"\n`, { mode: 0o755 });
    const e = { ...env, EDITOR: editor };
    const full = await timeRun(["edit", "2026-11-16T1700"], e);
    const rnd = random(11);
    for (let i = 0; i < soak(6, 30); i++) {
      await killAfter(["edit", "2026-11-16T1700"], e, "", full * (0.5 + rnd()));
      const { entries, invalid } = await readJournal(journal);
      expect(invalid).toEqual([]);
      expect(entries).toHaveLength(1);
    }
    for (const file of fs.readFileSync(scratches, "utf8").trim().split("\n")) fs.rmSync(path.dirname(file), { recursive: true, force: true });
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
    const full = await timeRun(["list"], env);
    for (let i = 0; i < soak(6, 16); i++) {
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

/**
 * `encryption on` and `off` killed with SIGKILL at random moments: after every kill each entry is
 * read exactly once, and a run to the end finishes the job. A few kills in the default run;
 * EMPATHY_SOAK=full runs the full count of 200.
 */
const KILLS = soak(12, 200);
const ENTRIES = 8;

/** A journal of ENTRIES plain entries and its owner's unprotected identity. */
async function journalWithIdentity() {
  const home = tempHome();
  const identity = path.join(home.dir, "config", "empathy-coach", "identity.txt");
  await createIdentity(identity, undefined, new Date());
  const originals = new Map<string, Buffer>();
  for (let i = 0; i < ENTRIES; i++) {
    const { entry, path: file } = await saveEntry(
      home.journal,
      {
        kind: "debrief",
        lang: "en",
        customer: `Klant ${i}`,
        exercise: { id: "debrief", version: 1 },
        answers: [{ step: "wanted", type: "text", question: "What did they want?", answer: `Answer ${i}` }],
        actions: [],
      },
      new Date(2026, 10, 1 + (i % 28), 9, i),
    );
    originals.set(entry.id, fs.readFileSync(file));
  }
  const keys = async () => [fs.readFileSync(identity, "utf8").split("\n").find((l) => l.startsWith("AGE-SECRET-KEY-"))!];
  return { ...home, originals, keys };
}

/** Every entry of the journal, once, and nothing that is not one (temporary files aside). */
async function expectEachOnce(j: Awaited<ReturnType<typeof journalWithIdentity>>, when: string) {
  const { entries, invalid } = await readJournal(j.journal, { keys: j.keys });
  expect(invalid, when).toEqual([]);
  expect(entries.map((e) => e.entry.id).sort(), when).toEqual([...j.originals.keys()].sort());
}

/** The entry files' names, in either form (temporary files and the recipients list aside). */
const entryNames = (journal: string) =>
  fs.readdirSync(journal, { recursive: true }).map(String).filter((n) => /^\d{4}\/\d{2}\/[^.].*\.yaml(\.age)?$/.test(n));

describe("encryption on/off under SIGKILL", () => {
  it(`accounts for every entry after each of ${KILLS} kills, and a last run finishes the job`, async () => {
    const journals = await Promise.all([journalWithIdentity(), journalWithIdentity()]);
    // Kill moments spread around how long a run takes on this machine now: some runs die before
    // they change anything, some halfway, some just after.
    const env = journals[0]!.env;
    const full = ((await timeRun(["encryption", "on"], env)) + (await timeRun(["encryption", "off"], env))) / 2;
    // The run's own work begins after start-up and reading: the kills aim at that stretch, so that
    // a few of them are enough to land halfway through.
    const idle = await timeRun(["encryption", "status"], env);
    const moments = killMoments(idle * 0.9, full * 1.2, 17);
    const seen = new Set<KillOutcome>();
    let killed = 0;
    let halfway = 0;
    for (let round = 0; !enough(killed, KILLS, seen, ["middle"], Math.max(KILLS, 200)); round++) {
      const command = round % 2 === 0 ? "on" : "off";
      const before = journals.map((j) => entryNames(j.journal).join());
      const at = journals.map(() => moments.next());
      // Two journals at a time: the machine has two cores.
      await Promise.all(journals.map((j, k) => killAfter(["encryption", command], j.env, "", at[k]!)));
      killed += journals.length;
      for (const [k, j] of journals.entries()) {
        await expectEachOnce(j, `after kill ${killed} (${command})`);
        const names = entryNames(j.journal);
        const mixed = names.some((n) => n.endsWith(".yaml")) && names.some((n) => n.endsWith(".age"));
        if (mixed) halfway++;
        // Nothing moved yet, or nothing left in the form the command changes from.
        const done = !names.some((n) => (command === "on" ? n.endsWith(".yaml") : n.endsWith(".age")));
        const outcome = names.join() === before[k] && !done ? "early" : mixed ? "middle" : "late";
        seen.add(outcome);
        moments.found(at[k]!, outcome);
      }
    }
    expect(halfway, "some runs were killed halfway through").toBeGreaterThan(0);
    for (const j of journals) {
      expect((await run(["encryption", "on"], { env: j.env })).code).toBe(0);
      await expectEachOnce(j, "after a full on");
      const names = entryNames(j.journal);
      expect(names.filter((n) => n.endsWith(".yaml.age"))).toHaveLength(ENTRIES);
      expect(names.filter((n) => n.endsWith(".yaml"))).toEqual([]);
      expect((await run(["encryption", "off"], { env: j.env })).code).toBe(0);
      for (const [id, bytes] of j.originals) {
        const file = path.join(j.journal, id.slice(0, 4), id.slice(5, 7), `${id}.yaml`);
        expect(fs.readFileSync(file), id).toEqual(bytes);
      }
      expect(entryNames(j.journal).filter((n) => n.endsWith(".age"))).toEqual([]);
    }
  }, 120_000);
});
