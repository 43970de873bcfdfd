import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempHome, writeFile } from "../helpers/cli.js";

describe("the CLI frame", () => {
  it("prints its version and help, with examples on every command", async () => {
    const { env } = tempHome();
    const version = await run(["--version"], { env });
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await run(["--help"], { env });
    expect(help.code).toBe(0);
    for (const cmd of ["prep", "debrief", "daily", "list", "show", "edit", "actions", "done", "nudge", "exercises", "where"]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, "m"));
    }
    for (const cmd of ["prep", "debrief", "daily", "list", "actions", "where"]) {
      const sub = await run([cmd, "--help"], { env });
      expect(sub.stdout, cmd).toContain("Examples:");
    }
  });

  it("names an unknown command as such and suggests the one meant", async () => {
    const { env } = tempHome();
    const typo = await run(["sumary"], { env });
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim()).toBe("empathy: unknown command 'sumary' — did you mean summary?");
    expect((await run(["frobnicate"], { env })).stderr).toContain("unknown command 'frobnicate' (see: empathy --help)");
    // Extra words after a real command are still an error of that command.
    const extra = await run(["list", "extra"], { env });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("too many arguments for 'list'");
  });

  it("speaks Dutch with --lang nl or a Dutch locale", async () => {
    const { env } = tempHome();
    const byFlag = await run(["--lang", "nl", "exercises", "list"], { env });
    expect(byFlag.stdout).toContain("Voorbereiding op een klantgesprek");
    const byLocale = await run(["exercises", "list"], { env: { ...env, LANG: "nl_NL.UTF-8" } });
    expect(byLocale.stdout).toContain("Voorbereiding op een klantgesprek");
    const help = await run(["--help"], { env: { ...env, LANG: "nl_BE.UTF-8" } });
    expect(help.stdout).toContain("toon hulp");
  });

  it("lists the three built-in exercises", async () => {
    const { env } = tempHome();
    const r = await run(["exercises", "list", "--json"], { env });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; phase: string; builtin: boolean }[];
    expect(list.map((e) => [e.id, e.phase])).toEqual([
      ["daily", "daily"],
      ["debrief", "debrief"],
      ["prep", "prep"],
    ]);
  });

  it("shows an exercise's steps as JSON for other tools", async () => {
    const { env } = tempHome();
    const r = await run(["exercises", "show", "debrief", "--json"], { env });
    const shown = JSON.parse(r.stdout) as { steps: { id: string; type: string; required: boolean; min?: number; max?: number; options?: { id: string; value?: number }[] }[] };
    const rating = shown.steps.find((s) => s.id === "no_judgement")!;
    expect(rating).toMatchObject({ type: "rating", required: true, min: 1, max: 5 });
    const accuracy = shown.steps.find((s) => s.id === "guess_accuracy")!;
    expect(accuracy.options?.map((o) => o.value)).toEqual([0, 1, 2]);
  });

  it("validates exercise files and names file, line and field of each problem", async () => {
    const { dir, env } = tempHome();
    const good = path.join(import.meta.dirname, "../../exercises/prep.yaml");
    const broken = writeFile(
      dir,
      "broken.yaml",
      `id: my-prep
version: 1
phase: prep
title: {nl: Mijn voorbereiding, en: My prep}
intro: {nl: Kort, en: Short}
source: ["004"]
steps:
  - id: who
    type: text
    prompt: {nl: Wie?}
    source: ["004"]
`,
    );
    const r = await run(["exercises", "validate", good, broken], { env, cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("prep.yaml: valid");
    expect(r.stderr).toMatch(/^broken\.yaml:10: steps\.0\.prompt\.en: /m);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it("reports YAML syntax errors with their line", async () => {
    const { dir, env } = tempHome();
    const broken = writeFile(dir, "syntax.yaml", "id: x\nsteps: [\n  - a\n");
    const r = await run(["exercises", "validate", broken], { env, cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^syntax\.yaml:\d+: /m);
  });

  it("tells where journal, config and cache live", async () => {
    const { env, journal, dir } = tempHome();
    const r = await run(["where", "--json"], { env });
    expect(JSON.parse(r.stdout)).toMatchObject({
      journal,
      config: path.join(dir, "config", "empathy-coach"),
      cache: path.join(dir, "cache", "empathy-coach"),
    });
    const other = await run(["--journal", path.join(dir, "elsewhere"), "where", "--json"], { env });
    expect(JSON.parse(other.stdout).journal).toBe(path.join(dir, "elsewhere"));
  });

  it("takes the journal folder from the config file when neither flag nor variable is set", async () => {
    const { env, dir } = tempHome();
    writeFile(dir, "config/empathy-coach/config.yaml", `journal: ${path.join(dir, "from-config")}\nlang: nl\n`);
    const r = await run(["where"], { env: { ...env, EMPATHY_JOURNAL: "" } });
    expect(r.stdout).toContain(path.join(dir, "from-config"));
    expect(r.stdout).toContain("dagboek");
  });

  it("reports a broken config file in one line", async () => {
    const { env, dir } = tempHome();
    writeFile(dir, "config/empathy-coach/config.yaml", "lang: fr\n");
    const r = await run(["where"], { env });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/config\.yaml:1: lang: /);
  });

  it("exits 2 on usage errors and 1 on user errors, without a stack trace", async () => {
    const { env } = tempHome();
    const usage = await run(["frobnicate"], { env });
    expect(usage.code).toBe(2);
    const badLang = await run(["--lang", "fr", "where"], { env });
    expect(badLang.code).toBe(2);
    const user = await run(["exercises", "show", "nope"], { env });
    expect(user.code).toBe(1);
    expect(user.stderr).toBe('empathy: no exercise "nope" (see: empathy exercises list)\n');
    const dutch = await run(["--lang", "nl", "list", "--since", "gisteren-ish"], { env });
    expect(dutch.stderr).toBe('empathy: --since "gisteren-ish": gebruik een datum JJJJ-MM-DD of een periode als 30d, 12w, 6m\n');
  });

  it("writes nothing for read-only commands", async () => {
    const { env, journal } = tempHome();
    await run(["exercises", "list"], { env });
    await run(["list"], { env });
    await run([], { env });
    expect(fs.existsSync(journal)).toBe(false);
  });
});
