import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { entryToYaml, saveEntry, type NewEntry } from "../../src/journal/write.js";
import type { Entry } from "../../src/journal/entry.js";
import { run, tempHome, writeFile } from "../helpers/cli.js";
import { enough, killAfter, killMoments, timeRun, type KillOutcome } from "../helpers/kill.js";
import { soak } from "../helpers/soak.js";

type Home = ReturnType<typeof tempHome>;

const indexOf = (home: Home) => {
  const root = path.join(home.env.XDG_CACHE_HOME!, "empathy-coach", "index");
  return path.join(root, fs.readdirSync(root)[0]!);
};
const digestFile = (home: Home) => path.join(indexOf(home), "flow.derived.json");

/** Drops the index but the flows' digest: a command that reads the journal writes it again, one on the digest does not. */
function dropIndex(home: Home): () => boolean {
  const dir = indexOf(home);
  const months = () => fs.readdirSync(dir).filter((n) => /^\d{4}-\d{2}\./.test(n));
  for (const n of months()) fs.rmSync(path.join(dir, n));
  return () => months().length === 0;
}

/**
 * `--at` some minutes ago: each run a minute apart, so that each entry is the journal's newest
 * (within one second the journal orders by id, and a debrief's comes before a prep's).
 */
const minutesAgo = (n: number) => {
  const d = new Date(Date.now() - n * 60_000);
  const two = (x: number) => String(x).padStart(2, "0");
  return ["--at", `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`];
};

/** A prep through --answers; its output without the saved file's name, and the entry saved without its id and time. */
const prepArgs = (home: Home) => ["prep", "--answers", writeFile(home.dir, "prep.yaml", PREP_ANSWERS)];

async function prep(home: Home, ...extra: string[]): Promise<{ out: string; entry: Partial<Entry> }> {
  const r = await run([...prepArgs(home), ...extra], { env: home.env });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const file = /Saved: (.+\.yaml)/.exec(r.stdout)![1]!;
  const { id: _id, createdAt: _at, ...entry } = parse(fs.readFileSync(file, "utf8")) as Entry;
  return { out: r.stdout.replace(file, "FILE"), entry };
}

describe("a prep on the flows' digest", () => {
  it("shows and saves what a prep on the whole journal does, and the digest follows other runs' saves", async () => {
    const home = tempHome();
    expect((await run(["demo", "--out", home.journal, "--seed", "4", "--entries", "400"], { env: home.env })).code).toBe(0);
    await prep(home, ...minutesAgo(10));
    expect(fs.existsSync(digestFile(home))).toBe(true);
    const read = dropIndex(home);
    const kept = await prep(home, ...minutesAgo(9));
    expect(read()).toBe(true);
    expect(kept.out).toMatch(/open actions: /);
    expect(await prep(home, "--no-cache", ...minutesAgo(8))).toEqual(kept);

    // A debrief reads the whole journal; the digest takes in its entry, actions and ratings.
    const debrief = await run(["debrief", "--customer", "Acme BV", "--full", "--answers", "-", ...minutesAgo(7)], { env: home.env, input: DEBRIEF_ANSWERS });
    expect(debrief.code).toBe(0);
    const again = dropIndex(home);
    const after = await prep(home, ...minutesAgo(6));
    expect(again()).toBe(true);
    expect(fs.readFileSync(digestFile(home), "utf8")).toContain("Send the planning");
    expect(await prep(home, "--no-cache", ...minutesAgo(5))).toEqual(after);

    // `done` rewrites a file of an old month: its folder changes, and the next prep sees it.
    const [oldest] = JSON.parse((await run(["actions", "--json", "--customer", "Acme BV"], { env: home.env })).stdout) as { id: string; text: string }[];
    expect(after.out).toContain(`open actions: ${oldest!.text}`);
    expect((await run(["done", oldest!.id], { env: home.env })).code).toBe(0);
    const done = await prep(home, ...minutesAgo(4));
    expect(done.out).not.toEqual(after.out);
    expect(await prep(home, "--no-cache", ...minutesAgo(3))).toEqual(done);
  });
});

describe("a prep killed with SIGKILL at any moment", () => {
  it("leaves a digest that agrees with the whole journal", async () => {
    const home = tempHome();
    expect((await run(["demo", "--out", home.journal, "--seed", "6", "--entries", "300"], { env: home.env })).code).toBe(0);
    await prep(home, ...minutesAgo(60));
    // Kill moments around a whole run, which ends with the digest's write.
    const full = await timeRun([...prepArgs(home), ...minutesAgo(59)], home.env);
    const moments = killMoments(full * 0.6, full * 1.2, 11);
    const outcomes = new Set<KillOutcome>();
    for (let i = 0, minute = 58; !enough(i, soak(6, 30), outcomes, ["early", "late"], 20); i++, minute -= 1) {
      const at = moments.next();
      const saved = (await killAfter([...prepArgs(home), ...minutesAgo(minute)], home.env, "", at)).includes("Saved:");
      moments.found(at, saved ? "late" : "early");
      outcomes.add(saved ? "late" : "early");
      const kept = await prep(home, ...minutesAgo(minute));
      expect(await prep(home, "--no-cache", ...minutesAgo(minute))).toEqual(kept);
    }
    expect(outcomes.size, "some runs were killed before saving, some after").toBe(2);
  }, 60_000);
});

describe("the next prep", () => {
  const acme = (text: string): NewEntry => ({
    kind: "prep",
    lang: "en",
    customer: "Acme BV",
    exercise: { id: "prep", version: 1 },
    answers: [{ step: "who", type: "text", question: "Who?", answer: "Ilse" }],
    actions: [{ id: "aa11", text, done: false }],
  });
  const openLine = (out: string) => /open actions: (.*)/.exec(out)?.[1];

  it("sees an entry written by hand or by another run", async () => {
    const home = tempHome();
    const first = await saveEntry(home.journal, acme("Old"), new Date(Date.now() - 86_400_000));
    expect(openLine((await prep(home)).out)).toBe("Old");
    expect(fs.existsSync(digestFile(home))).toBe(true);

    // By hand: a copy of an entry, under another name, with another action.
    const copy: Entry = { ...first.entry, id: `${first.entry.id}-2`, actions: [{ id: "bb22", text: "Hand", done: false }] };
    fs.writeFileSync(path.join(path.dirname(first.path), `${copy.id}.yaml`), entryToYaml(copy));
    expect(openLine((await prep(home)).out)).toBe("Old · Hand");

    // By another run, and then by one that does not go through the digest.
    await saveEntry(home.journal, acme("Saved"), new Date());
    expect(openLine((await prep(home)).out)).toBe("Old · Hand · Saved");
    const debrief = await run(["debrief", "--customer", "Acme BV", "--full", "--answers", "-"], { env: home.env, input: DEBRIEF_ANSWERS });
    expect(debrief.code).toBe(0);
    expect(openLine((await prep(home)).out)).toMatch(/^Send the planning \(2026-11-26\) · Old · Hand · Call next week · /);
    // A file marked done in place, of a recent month, its size kept.
    const text = fs.readFileSync(first.path, "utf8");
    fs.writeFileSync(first.path, text.replace("done: false", "done: true "));
    expect(openLine((await prep(home)).out)).toBe("Send the planning (2026-11-26) · Hand · Call next week · Saved");
  });
});
