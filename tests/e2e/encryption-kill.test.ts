/**
 * `encryption on` and `off` killed with SIGKILL at random moments: after every kill each entry is
 * read exactly once, and a run to the end finishes the job. 40 kills keep the test near 20 s on
 * two cores; EMPATHY_KILLS=200 runs the full count.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createIdentity } from "../../src/crypto/identity.js";
import { readJournal } from "../../src/journal/read.js";
import { saveEntry } from "../../src/journal/write.js";
import { run, tempHome } from "../helpers/cli.js";
import { killAfter, random } from "../helpers/kill.js";

const KILLS = Number(process.env.EMPATHY_KILLS ?? 40);
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
    const started = Date.now();
    expect((await run(["encryption", "on"], { env: journals[0]!.env })).code).toBe(0);
    expect((await run(["encryption", "off"], { env: journals[0]!.env })).code).toBe(0);
    const full = (Date.now() - started) / 2;
    const rnd = random(17);
    let kills = 0;
    let halfway = 0;
    for (let round = 0; kills < KILLS; round++) {
      const command = round % 2 === 0 ? "on" : "off";
      // Two journals at a time: the machine has two cores.
      await Promise.all(journals.map((j) => killAfter(["encryption", command], j.env, "", full * (0.3 + rnd()))));
      kills += journals.length;
      for (const j of journals) {
        await expectEachOnce(j, `after kill ${kills} (${command})`);
        const names = entryNames(j.journal);
        if (names.some((n) => n.endsWith(".yaml")) && names.some((n) => n.endsWith(".age"))) halfway++;
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
