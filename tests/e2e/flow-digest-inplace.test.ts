/** Files of months older than the newest three, which the fingerprint knows by their folders alone, changed in place. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { saveEntry, type NewEntry } from "../../src/journal/write.js";
import { run, tempHome } from "../helpers/cli.js";
import { digestFile, minutesAgo, monthsOf, prep, prepArgs, sameAsWhole } from "../helpers/flow-runs.js";

/** Replaces words of a file by as many others, and puts its time back: only its ctime tells. */
function editInPlace(file: string, from: string, to: string): void {
  expect(to.length).toBe(from.length);
  const { atime, mtime, size } = fs.statSync(file);
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(from, to));
  fs.utimesSync(file, atime, mtime);
  expect(fs.statSync(file).size).toBe(size);
  expect(Math.abs(fs.statSync(file).mtimeMs - mtime.getTime())).toBeLessThan(1);
}

describe("a prep after a file of an old month was changed in place", () => {
  it("shows the new words of an open action, though the size and time were kept", async () => {
    const home = tempHome();
    expect((await run(["demo", "--out", home.journal, "--seed", "4", "--entries", "400"], { env: home.env })).code).toBe(0);
    const before = await prep(home, ...minutesAgo(10));
    const text = /open actions: ([^·(]+?) (?:\(|·)/.exec(before.out)![1]!;
    // Its entry's file, in a month the fingerprint knows by its folder alone.
    const file = monthsOf(home.journal).slice(0, -3).flatMap((m) => fs.readdirSync(m).map((n) => path.join(m, n))).find((f) => fs.readFileSync(f, "utf8").includes(`text: ${text}\n`))!;
    expect(file, "an open action of an old month is shown").toBeDefined();
    editInPlace(file, `text: ${text}\n`, `text: ${text.toUpperCase()}\n`);
    const after = await sameAsWhole(home, [...prepArgs(home), ...minutesAgo(9)], "", false);
    expect(after.out).toContain(`open actions: ${text.toUpperCase()}`);
  });
});

describe("a debrief after a prep of an old month was changed in place", () => {
  it("does not link it when it is no longer the customer's", async () => {
    const home = tempHome();
    const day = 86_400_000;
    const old = await saveEntry(home.journal, { kind: "prep", lang: "en", customer: "Acme BV", exercise: { id: "prep", version: 1 }, answers: [], actions: [] }, new Date(Date.now() - 150 * day));
    // Dailies of the newest months, this one too (a flow's save in a new month keeps no digest).
    for (const ago of [90, 60, 30, 0.1]) await saveEntry(home.journal, { kind: "daily", lang: "en", exercise: { id: "daily", version: 1 }, answers: [], actions: [] }, new Date(Date.now() - ago * day));
    expect(monthsOf(home.journal).slice(0, -3)).toContain(path.dirname(old.path));
    await prep(home, "--customer", "Other", ...minutesAgo(10));
    expect(fs.existsSync(digestFile(home))).toBe(true);
    editInPlace(old.path, "customer: Acme BV", "customer: Acme BW");
    const debrief = await sameAsWhole(home, ["debrief", "--customer", "Acme BV", "--answers", "-", ...minutesAgo(5)], DEBRIEF_ANSWERS, false);
    expect(debrief.entry.links?.prep).toBeUndefined();
  });
});

describe("a prep after the file its customer's spelling comes from was changed in place", () => {
  const day = 86_400_000;
  const entry = (kind: NewEntry["kind"], customer?: string): NewEntry => ({ kind, lang: "en", ...(customer && { customer }), exercise: { id: kind, version: 1 }, answers: [], actions: [] });
  // The customer's latest entry, of an old month: the last debrief, or a prep after it that shows nothing.
  it.each([
    ["the last debrief", ["prep", "debrief"] as const],
    ["a prep without actions after the last debrief", ["debrief", "prep"] as const],
  ])("takes the new spelling when it is %s", async (_what, kinds) => {
    const home = tempHome();
    let latest = "";
    for (const [i, kind] of kinds.entries()) latest = (await saveEntry(home.journal, entry(kind, "Old Co"), new Date(Date.now() - (150 - i) * day))).path;
    for (const ago of [90, 60, 30, 0.1]) await saveEntry(home.journal, entry("daily"), new Date(Date.now() - ago * day));
    expect(monthsOf(home.journal).slice(0, -3)).toContain(path.dirname(latest));
    await prep(home, "--customer", "Other", ...minutesAgo(10));
    expect(fs.existsSync(digestFile(home))).toBe(true);
    editInPlace(latest, "customer: Old Co", "customer: OLD CO");
    const after = await sameAsWhole(home, [...prepArgs(home), "--customer", "old co", ...minutesAgo(5)], "", false);
    expect(after.entry.customer).toBe("OLD CO");
  });
});
