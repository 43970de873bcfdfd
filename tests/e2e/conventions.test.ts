import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempHome } from "../helpers/cli.js";

describe("exit codes", () => {
  const { env } = tempHome();
  it.each([
    [["list", "--since", "garbage"], "--since"],
    [["summary", "--until", "someday"], "--until"],
    [["summary", "--since", "2026-05-01", "--until", "2026-04-01"], "2026-05-01"],
    [["share", "--week", "--since", "14d"], "--week"],
    [["summary", "--json", "--format", "md"], "--json"],
    [["demo", "--entries", "many"], "--entries"],
    [["daily", "--at", "yesterday-ish"], "yesterday-ish"],
    [["list", "--kind", "lunch"], "--kind"],
    [["prep", "--resume", "--discard-draft"], "--discard-draft"],
    [["daily", "--resume", "--answers", "x.yaml"], "--answers"],
    [["export", "--format", "md", "--wide"], "--wide"],
    [["list", "-n", "many"], "--number"],
    [["note", "2026-11-24T1030", " ", "--for", "."], "note"],
    [["frobnicate"], "frobnicate"],
  ])("%j is a usage error: exit 2 with one line naming what to fix", async (args, named) => {
    const r = await run(args, { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(named);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("empathy config", () => {
  it("sets, gets and lists settings, keeping the file's comments, and refuses what the file may not hold", async () => {
    const home = tempHome();
    const file = path.join(home.env.XDG_CONFIG_HOME!, "empathy-coach", "config.yaml");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "# my settings\nname: Anna # that is me\n");
    const env = home.env;
    expect((await run(["config", "set", "lang", "nl"], { env })).code).toBe(0);
    expect((await run(["config", "set", "workdays", "1,2,3,4"], { env })).code).toBe(0);
    expect((await run(["config", "set", "depth", "quick"], { env })).code).toBe(0);
    expect((await run(["config", "get", "workdays"], { env })).stdout).toBe("1,2,3,4\n");
    expect((await run(["config", "get", "name"], { env })).stdout).toBe("Anna\n");
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("# my settings");
    expect(text).toContain("# that is me");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const list = (await run(["config", "list"], { env })).stdout;
    expect(list).toMatch(/^lang +nl$/m);
    expect(list).toMatch(/^streakGraceDays +0$/m);

    for (const [key, value] of [["workdays", "1,8"], ["streakGraceDays", "lots"], ["lang", "fr"], ["depth", "deep"]]) {
      const r = await run(["config", "set", key!, value!], { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(key);
    }
    const unknown = await run(["config", "set", "colour", "blue"], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("streakGraceDays");
    expect(fs.readFileSync(file, "utf8")).toBe(text);
    // What config set saved is what the next run reads; an empty value removes the setting.
    expect((await run(["config", "get", "lang"], { env })).stdout).toBe("nl\n");
    expect((await run(["config", "set", "name", ""], { env })).code).toBe(0);
    expect((await run(["config", "get", "name"], { env })).stdout).toBe("");
    expect(fs.readFileSync(file, "utf8")).not.toContain("Anna");
  }, 120_000);
});

describe("--json wherever a report is printed", () => {
  it("share, status, done, note, summary and where print JSON that carries its schema version", async () => {
    const home = tempHome();
    const env = home.env;
    expect((await run(["demo", "--out", home.journal, "--entries", "60", "--seed", "5"], { env })).code).toBe(0);
    const json = async (...args: string[]) => {
      const r = await run(args, { env });
      expect(r.code).toBe(0);
      const value = JSON.parse(r.stdout) as { schema: number } & Record<string, unknown>;
      expect(value.schema).toBe(1);
      return value;
    };
    const share = await json("share", "--since", "90d", "--json");
    expect(share).toMatchObject({ anonymized: true, good: expect.any(Array), difficult: expect.any(Array) });
    expect(JSON.stringify(share.good)).toMatch(/Customer [A-Z]/);
    const status = await json("status", "--json");
    expect(status).toMatchObject({ streak: expect.any(Object), openActions: expect.any(Number), drafts: [] });
    const [action] = JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string; entry: string }[];
    const done = await json("done", action!.id, "--json");
    expect(done).toMatchObject({ action: { id: action!.id, done: true, doneAt: expect.any(String) }, entry: action!.entry, changed: true });
    expect(await json("done", action!.id, "--json")).toMatchObject({ changed: false });
    const note = await json("note", action!.entry, "Ask", "about", "the", "price", "--for", home.journal, "--json");
    expect(note).toMatchObject({ note: { entry: action!.entry, text: "Ask about the price" } });
    expect(Object.keys(await json("summary", "--json"))[0]).toBe("schema");
    await json("where", "--json");
    const both = await run(["share", "--json", "--format", "md"], { env });
    expect(both.code).toBe(2);
  }, 120_000);
});
