import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tempHome } from "../helpers/cli.js";

const home = tempHome();
const env = home.env;
const ids = async (...args: string[]) => (await run(["list", "--json", ...args], { env })).stdout;
const listedIds = async (...args: string[]) => (JSON.parse(await ids(...args)) as { id: string }[]).map((e) => e.id);

beforeAll(async () => {
  const r = await run(["demo", "--out", home.journal, "--entries", "40", "--seed", "3"], { env });
  expect(r.code).toBe(0);
});

describe("getting at entries: last, -n, delete and restore", () => {
  it("`show last` and `list -n` take the newest entries, oldest first", async () => {
    const all = await listedIds();
    expect(all.length).toBeGreaterThan(10);
    expect(await listedIds("-n", "3")).toEqual(all.slice(-3));
    const last = JSON.parse((await run(["show", "last", "--json"], { env })).stdout) as { id: string };
    expect(last.id).toBe(all.at(-1));
    const bad = await run(["list", "-n", "0"], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--number");
  });

  it("delete moves an entry to the trash, out of every report; restore gives back the same bytes", async () => {
    const all = await listedIds();
    // A daily: no other entry links to it, so its id appears nowhere once it is gone.
    const dailies = all.filter((id) => id.includes("-daily"));
    const target = dailies[Math.floor(dailies.length / 2)]!;
    const file = path.join(home.journal, target.slice(0, 4), target.slice(5, 7), `${target}.yaml`);
    const bytes = fs.readFileSync(file);
    const summaryBefore = JSON.parse((await run(["summary", "--since", "5y", "--json"], { env })).stdout);

    const del = await run(["delete", target], { env });
    expect(del.code).toBe(0);
    expect(fs.existsSync(file)).toBe(false);
    expect(await listedIds()).not.toContain(target);
    expect((await run(["show", target], { env })).code).toBe(1);
    const exported = (await run(["export", "--format", "csv"], { env })).stdout;
    expect(exported).not.toContain(target);
    const summary = JSON.parse((await run(["summary", "--since", "5y", "--json"], { env })).stdout);
    expect(JSON.stringify(summary.counts)).not.toBe(JSON.stringify(summaryBefore.counts));
    const review = (await run(["review", home.journal, "--since", "5y", "--format", "json"], { env })).stdout;
    expect(review).not.toContain(target);
    expect((await run(["restore", "--list"], { env })).stdout.trim()).toBe(target);

    const back = await run(["restore", target.slice(0, 16)], { env });
    expect(back.code).toBe(0);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(await listedIds()).toEqual(all);
    expect((await run(["restore", "--list"], { env })).stdout).toMatch(/empty/);
  });

  it("restore never replaces an entry, and delete never replaces one in the trash", async () => {
    const target = (await listedIds()).at(-1)!;
    const file = path.join(home.journal, target.slice(0, 4), target.slice(5, 7), `${target}.yaml`);
    const bytes = fs.readFileSync(file);
    expect((await run(["delete", "last"], { env })).code).toBe(0);
    // An entry of the same name appears meanwhile (a copy from a backup, say).
    fs.writeFileSync(file, bytes);
    const refused = await run(["restore", target], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(target);
    const twice = await run(["delete", target], { env });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("restore");
    expect(fs.existsSync(file)).toBe(true);
    fs.rmSync(file);
    expect((await run(["restore", target], { env })).code).toBe(0);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it("a journal whose every entry is in the trash is still a journal, empty", async () => {
    const { env: own } = tempHome();
    const r = await run(["daily", "--answers", "-", "--at", "2026-11-23 18:00"], { env: own, input: "reflection: a\ngood_moment: b\nintention: c\n" });
    expect(r.code).toBe(0);
    expect((await run(["delete", "last"], { env: own })).code).toBe(0);
    const list = await run(["list"], { env: own });
    expect([list.code, list.stderr]).toEqual([0, ""]);
    expect(list.stdout).toContain("No entries");
  });
});
