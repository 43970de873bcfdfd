import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { KeptDigest } from "../../src/insights/flow-digest.js";
import { statusDigestOf } from "../../src/insights/status.js";
import { run, tempHome } from "../helpers/cli.js";
import { DAILY, digestFile, indexOf, minutesAgo, prep, sameAsWhole, type Home } from "../helpers/flow-runs.js";

type Value = Record<string, unknown> & { customers: [string, Record<string, unknown>][]; focus: Record<string, unknown> };

/** The value kept in a file beside the index, without its wrapper. */
const keptValue = (file: string): unknown => (JSON.parse(fs.readFileSync(file, "utf8")) as { value: unknown }).value;

/** Changes the value kept in a file beside the index, its wrapper (version, journal, fingerprint) left as it was. */
function damage(file: string, change: (value: Value) => void): void {
  const kept = JSON.parse(fs.readFileSync(file, "utf8")) as { value: Value };
  change(kept.value);
  fs.writeFileSync(file, JSON.stringify(kept));
}

const acme = (v: Value) => v.customers.find(([key]) => key === "acme bv")![1];

/** Values of the right JSON but the wrong shape, each as a hand edit would leave it. */
const DAMAGES: [string, (v: Value) => void][] = [
  ["a count that is a string", (v) => (acme(v).calls = "3")],
  ["an actions list that is null", (v) => (acme(v).open = null)],
  ["an action's text that is a number", (v) => ((acme(v).open as { texts: unknown[] }).texts[0] = 5)],
  ["fewer texts than actions", (v) => (acme(v).open as { texts: unknown[] }).texts.pop()],
  ["a missing field", (v) => delete v.focus.window],
  ["a skill's ratings missing", (v) => (v.focus.rated = (v.focus.rated as unknown[]).slice(1))],
  ["dailies that are an object", (v) => (v.dailies = { "2026-11-01": 1 })],
  ["an open prep without its id", (v) => delete (v.openPreps as { id?: string }[])[0]!.id],
  ["a last debrief whose answers are text", (v) => ((acme(v).lastDebrief as { answers: unknown }).answers = "worried")],
  ["stat data that are a number", (v) => (v.files as unknown[]).push(["2026-11-01T0900-debrief-acme-bv", 5])],
];

async function demoHome(): Promise<Home> {
  const home = tempHome();
  expect((await run(["demo", "--out", home.journal, "--seed", "4", "--entries", "300"], { env: home.env })).code).toBe(0);
  await prep(home, ...minutesAgo(120));
  expect(fs.existsSync(digestFile(home))).toBe(true);
  return home;
}

describe("a flows' digest damaged by hand, its wrapper intact", () => {
  it("counts as none: each flow reads the whole journal, shows what it shows, and keeps a sound digest", async () => {
    const home = await demoHome();
    let minute = 110;
    for (const [what, change] of DAMAGES) {
      for (const [args, input] of [
        [["prep", "--customer", "Acme BV", "--answers", "-"], PREP_ANSWERS],
        [["debrief", "--customer", "Acme BV", "--answers", "-"], DEBRIEF_ANSWERS],
        [["daily", "--answers", "-"], DAILY],
      ] as const) {
        damage(digestFile(home), change);
        await expect(sameAsWhole(home, [...args, ...minutesAgo(minute--)], input, false), what).resolves.toBeDefined();
        expect(KeptDigest.safeParse(keptValue(digestFile(home))).success, `${what}: kept again`).toBe(true);
      }
      // Kept sound again: the next flow needs no read of the journal.
      await sameAsWhole(home, ["daily", "--answers", "-", ...minutesAgo(minute--)], DAILY, true);
    }
  }, 60_000);
});

describe("the home screen's status damaged by hand, its wrapper intact", () => {
  it("counts as none: worked out again from the journal", async () => {
    const home = await demoHome();
    const status = async () => run(["status", "--json"], { env: home.env });
    const whole = await run(["status", "--json", "--no-cache"], { env: home.env });
    expect(whole.code).toBe(0);
    expect(await status()).toEqual(whole);
    const file = path.join(indexOf(home), "status.derived.json");
    const changes: [string, (v: Record<string, unknown>) => void][] = [
      ["days that are null", (v) => (v.dailyDays = null)],
      ["a count that is a string", (v) => (v.entries = "300")],
      ["a waiting prep without its id", (v) => delete (v.waitingPreps as { id?: string }[])[0]!.id],
      ["a missing field", (v) => delete v.openDue],
    ];
    for (const [what, change] of changes) {
      damage(file, change as (v: Value) => void);
      expect(await status(), what).toEqual(whole);
      expect(statusDigestOf(keptValue(file)), `${what}: kept again`).toBeDefined();
      expect(await status()).toEqual(whole);
    }
  });
});
