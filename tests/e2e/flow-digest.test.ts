import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { entryToYaml, saveEntry, type NewEntry } from "../../src/journal/write.js";
import type { Entry } from "../../src/journal/entry.js";
import { run, tempHome } from "../helpers/cli.js";
import { DAILY, digestFile, dropIndex, flow, minutesAgo, monthsOf, prep, prepArgs, sameAsWhole } from "../helpers/flow-runs.js";
import { enough, killAfter, killMoments, timeRun, type KillOutcome } from "../helpers/kill.js";
import { soak } from "../helpers/soak.js";

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

describe("a command that brings the index up to date", () => {
  it("keeps the digest when the files it found are new ones, and drops it when one changed in place", async () => {
    const home = tempHome();
    expect((await run(["demo", "--out", home.journal, "--seed", "4", "--entries", "300"], { env: home.env })).code).toBe(0);
    await prep(home, ...minutesAgo(10));
    await prep(home, ...minutesAgo(9));
    // The home screen and a list after a flow: the flow's own entry is all that is new.
    for (const command of ["status", "list"]) expect((await run([command], { env: home.env })).code).toBe(0);
    expect(fs.existsSync(digestFile(home)), "kept").toBe(true);
    await sameAsWhole(home, [...prepArgs(home), ...minutesAgo(8)], "", true);

    // A file of an old month changed in place, its size kept: the fingerprint does not see it, the index does.
    const [oldest] = monthsOf(home.journal);
    const file = path.join(oldest!, fs.readdirSync(oldest!).find((n) => fs.readFileSync(path.join(oldest!, n), "utf8").includes("done: false"))!);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("done: false", "done: true "));
    expect((await run(["list"], { env: home.env })).code).toBe(0);
    expect(fs.existsSync(digestFile(home)), "dropped").toBe(false);
    await sameAsWhole(home, [...prepArgs(home), ...minutesAgo(7)], "", "either");
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

const debrief = ["debrief", "--customer", "Acme BV", "--answers", "-"];
const daily = ["daily", "--answers", "-"];

describe("a debrief and a daily on the flows' digest", () => {

  it("show and save what they do on the whole journal: linked prep, focus, look back and streak", async () => {
    const home = tempHome();
    expect((await run(["demo", "--out", home.journal, "--seed", "4", "--entries", "400"], { env: home.env })).code).toBe(0);
    await prep(home, ...minutesAgo(30));
    const quick = await sameAsWhole(home, [...debrief, ...minutesAgo(29)], DEBRIEF_ANSWERS);
    expect(quick.entry.links?.prep).toBeDefined();
    expect(quick.entry.focus).toBeDefined();
    await sameAsWhole(home, [...debrief, "--full", ...minutesAgo(28)], DEBRIEF_ANSWERS);
    // An older prep named by a prefix of its id, linked already or not.
    const older = fs.readdirSync(path.join(home.journal, "2026")).flatMap((m) => fs.readdirSync(path.join(home.journal, "2026", m))).filter((n) => n.includes("-prep-acme"));
    expect(older.length).toBeGreaterThan(2);
    const named = await sameAsWhole(home, [...debrief, "--prep", older[1]!.slice(0, -6), ...minutesAgo(27)], DEBRIEF_ANSWERS);
    expect(named.entry.links?.prep).toBe(older[1]!.slice(0, -5));

    const today = await sameAsWhole(home, [...daily, ...minutesAgo(26)], DAILY);
    expect(today.out).toMatch(/streak/i);
    expect(today.entry.answers!.some((a) => a.step === "intention_kept")).toBe(true);
    // Another on the same day, and one for three days ago.
    await sameAsWhole(home, [...daily, ...minutesAgo(25)], DAILY);
    await sameAsWhole(home, [...daily, ...minutesAgo(3 * 24 * 60)], DAILY);
  });

  it("see a prep and a daily written by hand", async () => {
    const home = tempHome();
    await saveEntry(home.journal, { kind: "daily", lang: "en", exercise: { id: "daily", version: 1 }, answers: [], actions: [] }, new Date(Date.now() - 90 * 60_000));
    const first = await flow(home, [...daily, ...minutesAgo(60)], DAILY);
    expect(first.entry.answers!.some((a) => a.step === "intention_kept")).toBe(false);
    expect(fs.existsSync(digestFile(home))).toBe(true);

    // By hand: the day before the next daily's, a daily with an intention and a prep for the
    // customer (counted from that daily, so that a run just after midnight keeps them a day apart).
    const yesterday = new Date(Date.now() - 30 * 60_000 - 86_400_000);
    const hand = (entry: NewEntry, at: Date) => {
      const id = `${at.toISOString().slice(0, 10)}T0900-${entry.kind}-by-hand`;
      const file = path.join(home.journal, id.slice(0, 4), id.slice(5, 7), `${id}.yaml`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, entryToYaml({ schema: 1, id, createdAt: `${id.slice(0, 10)}T09:00:00+00:00`, ...entry } as Entry));
      return id;
    };
    hand({ kind: "daily", lang: "en", exercise: { id: "daily", version: 1 }, answers: [{ step: "intention", type: "text", question: "Tomorrow?", answer: "Written by hand" }], actions: [] }, yesterday);
    const prepId = hand({ kind: "prep", lang: "en", customer: "Acme BV", exercise: { id: "prep", version: 1 }, answers: [{ step: "who", type: "text", question: "Who?", answer: "Ilse" }], actions: [] }, yesterday);
    const looked = await sameAsWhole(home, [...daily, ...minutesAgo(30)], DAILY, false);
    expect(looked.entry.answers!.find((a) => a.step === "intention_kept")?.answer).toBe("partly");
    const linked = await sameAsWhole(home, [...debrief, ...minutesAgo(20)], DEBRIEF_ANSWERS);
    expect(linked.entry.links?.prep).toBe(prepId);
    // A prep's file changed in place (its size kept) after the digest was kept: read whole.
    const file = path.join(home.journal, prepId.slice(0, 4), prepId.slice(5, 7), `${prepId}.yaml`);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("answer: Ilse", "answer: Ilsa"));
    await sameAsWhole(home, [...debrief, "--prep", prepId, ...minutesAgo(10)], DEBRIEF_ANSWERS, false);
  });

  it("read the whole journal when a file the digest names no longer holds its entry", async () => {
    const home = tempHome();
    expect((await run(["demo", "--out", home.journal, "--seed", "4", "--entries", "400"], { env: home.env })).code).toBe(0);
    await prep(home, ...minutesAgo(30));
    // A prep of an old month, which the fingerprint knows by its folder alone, broken in place.
    const months = monthsOf(home.journal);
    const dir = months[0]!;
    const name = fs.readdirSync(dir).find((n) => n.includes("-prep-"))!;
    const file = path.join(dir, name);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("kind: prep", "kind: xxxx"));
    const twin = tempHome();
    fs.cpSync(home.journal, twin.journal, { recursive: true });
    const args = ["debrief", "--prep", name.slice(0, -5), "--answers", "-", ...minutesAgo(20)];
    const kept = await run(args, { env: home.env, input: DEBRIEF_ANSWERS });
    expect(kept.code).not.toBe(0);
    expect(kept.stderr).toContain(name.slice(0, -5));
    const whole = await run([...args, "--no-cache"], { env: twin.env, input: DEBRIEF_ANSWERS });
    expect([kept.code, kept.stdout, kept.stderr.replaceAll(home.journal, "J")]).toEqual([whole.code, whole.stdout, whole.stderr.replaceAll(twin.journal, "J")]);
  });
});

describe("a debrief or a daily killed with SIGKILL at any moment", () => {
  it("leaves a digest that agrees with the whole journal", async () => {
    const home = tempHome();
    expect((await run(["demo", "--out", home.journal, "--seed", "6", "--entries", "300"], { env: home.env })).code).toBe(0);
    await prep(home, ...minutesAgo(300));
    for (const [args, input, start] of [[debrief, DEBRIEF_ANSWERS, 290], [daily, DAILY, 150]] as const) {
      const full = await timeRun([...args, ...minutesAgo(start)], home.env, input);
      const moments = killMoments(full * 0.6, full * 1.2, 13);
      const outcomes = new Set<KillOutcome>();
      for (let i = 0, minute = start - 1; !enough(i, soak(4, 20), outcomes, ["early", "late"], 15); i++, minute -= 6) {
        const at = moments.next();
        const saved = (await killAfter([...args, ...minutesAgo(minute)], home.env, input, at)).includes("Saved:");
        moments.found(at, saved ? "late" : "early");
        outcomes.add(saved ? "late" : "early");
        await sameAsWhole(home, [...debrief, ...minutesAgo(minute - 2)], DEBRIEF_ANSWERS, "either");
        await sameAsWhole(home, [...daily, ...minutesAgo(minute - 4)], DAILY, "either");
      }
      expect(outcomes.size, "some runs were killed before saving, some after").toBe(2);
    }
  }, 180_000);
});
