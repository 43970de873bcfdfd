import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { entryFiles, run, tempHome, writeFile } from "../helpers/cli.js";

const HOSTILE_NAMES = [
  "../../../etc/passwd",
  "/absolute/customer",
  "slash/in/name",
  "nul\u0000byte",
  "bell\u0007 and \u001b[31mred\u001b[0m and \u001b]0;pwned\u0007 title",
  "\u202eevil\u202c right-to-left",
  "😀 emoji BV",
  "CON",
  "x".repeat(10_000),
];

/** Anything that would act on a terminal: C0/C1 controls but newline and tab, bidi overrides. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("hostile names and paths", () => {
  it("keeps every file inside the journal and every terminal output free of raw control characters", async () => {
    const { env, journal } = tempHome();
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      const at = `2026-11-1${i % 10} 0${i % 10}:00`;
      // Through the answers file (as JSON), since an argument cannot carry a NUL byte.
      const prepAnswers = JSON.stringify({ ...parse(PREP_ANSWERS), customer: name });
      const prep = await run(["prep", "--answers", "-", "--at", at], { env, input: prepAnswers });
      expect(prep.code, JSON.stringify(name.slice(0, 40))).toBe(0);
      const debriefAnswers = JSON.stringify({ ...parse(DEBRIEF_ANSWERS), customer: name, wanted: name.slice(0, 200) });
      const debrief = await run(["debrief", "--answers", "-", "--at", at.replace(":00", ":30")], { env, input: debriefAnswers });
      expect(debrief.code).toBe(0);
    }
    const files = entryFiles(journal);
    expect(files).toHaveLength(HOSTILE_NAMES.length * 2);
    for (const f of files) expect(f).toMatch(/^2026\/11\/2026-11-\d\dT\d{4}-(prep|debrief)(-[a-z0-9-]+)?\.yaml$/);
    // Nothing was created next to the journal but the cache, in its own folder.
    expect(fs.readdirSync(path.dirname(journal)).sort()).toEqual(["cache", "journal"]);

    const id = path.basename(files[9]!, ".yaml");
    // Fields a hand-edited file may fill with anything, such as the exercise's id.
    const edited = path.join(journal, files[9]!);
    fs.writeFileSync(edited, fs.readFileSync(edited, "utf8").replace(/^(  id: ).*$/m, '$1"x\\e]0;owned\\a\\e[2J"'));
    const outputs = await Promise.all(
      [["list"], ["show", id], ["actions", "--all"], ["summary", "--until", "2026-11-20"], ["review", journal, "--until", "2026-11-20"], ["share", "--until", "2026-11-20", "--no-anonymize"], ["export", "--format", "md"], []].map((args) =>
        run(args, { env: { ...env, NO_COLOR: "", FORCE_COLOR: "0" } }),
      ),
    );
    for (const r of outputs) {
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
    }
  });

  it("handles symbolic links and loops in reviewed folders", async () => {
    const { dir, env, journal } = tempHome();
    await run(["daily", "--answers", "-", "--at", "2026-11-16 17:00"], { env, input: DAILY_ANSWERS });
    fs.symlinkSync(journal, path.join(journal, "2024")); // a loop
    fs.symlinkSync(path.join(journal, "2026", "11"), path.join(journal, "2026", "12")); // a month twice
    fs.symlinkSync("/", path.join(journal, "2026", "11", "2026-11-17T0900-prep-root.yaml"));
    const r = await run(["review", journal, "--until", "2026-11-20"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2024: symbolic link, not followed/);
    expect(r.stdout).toMatch(/2026\/12: symbolic link, not followed/);
    expect(r.stdout).toMatch(/1 entry read, 3 files could not be used/);
    void dir;
  });
});

describe("a journal with odd things in it", () => {
  it("takes a file called exercises for no own exercises", async () => {
    const { env, journal } = tempHome();
    fs.mkdirSync(journal, { recursive: true });
    fs.writeFileSync(path.join(journal, "exercises"), "not a folder\n");
    const list = await run(["exercises", "list"], { env });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("built-in");
    expect((await run(["daily", "--answers", "-"], { env, input: DAILY_ANSWERS })).code).toBe(0);
  });
});

describe("bad values everywhere they enter", () => {
  it.each([
    [["list", "--since", "2026-02-30"], /--since/],
    [["list", "--since", "yesterday-ish"], /--since/],
    [["list", "--until", "-5d"], /--until/],
    [["summary", "--since", "0d"], /--since "0d": use a date/],
    [["list", "--kind", "lunch"], /--kind|Allowed choices/],
    [["summary", "--since", ""], /--since/],
    [["summary", "--since", "2026-11-20", "--until", "2026-11-01"], /lies after/],
    [["demo", "--entries", "-3"], /--entries/],
    [["demo", "--seed", "abc"], /--seed/],
    [["show", ""], /no entry/],
    [["done", ""], /no action/],
    [["prep", "--customer", "", "--answers", "-"], /customer name is empty/],
    [["prep", "--customer", "  "], /customer name is empty/],
    [["review", "/nonexistent/folder"], /no such folder/],
    [["note", "x", "text", "--for", "/nonexistent"], /no such folder/],
  ])("%j", async (args, message) => {
    const { env } = tempHome();
    const r = await run(args, { env, input: "who: x\n" });
    expect(r.code === 1 || r.code === 2).toBe(true);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("reports broken answers, exercise and config files in one line each", async () => {
    const { dir, env } = tempHome();
    const cases: [string[], string, RegExp][] = [
      [["daily", "--answers", "-"], "\u0000\u0001binary", /stdin/],
      [["daily", "--answers", "-"], "a: &a [*a]\n", /stdin/],
      [["daily", "--answers", "-"], "reflection: !!js/function x\n", /stdin/],
      [["daily", "--answers", "-"], `reflection: ${"[".repeat(3000)}`, /stdin/],
      [["daily", "--answers", "-"], "reflection: [1, 2]\ngood_moment: x\nintention: y\n", /step "reflection"/],
    ];
    for (const [args, input, message] of cases) {
      const r = await run(args, { env, input });
      expect(r.code, input.slice(0, 20)).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    const ex = writeFile(dir, "ex.yaml", "id: x\nversion: -1\nphase: prep\ntitle: {nl: a, en: b}\nintro: {nl: a, en: b}\nsource: ['004']\nsteps: []\n");
    const v = await run(["exercises", "validate", ex], { env });
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(/ex\.yaml:2: version: /);
    writeFile(dir, "config/empathy-coach/config.yaml", "workdays: [0, 9]\nstreakGraceDays: -1\n");
    const c = await run(["list"], { env });
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/config\.yaml:[12]: (workdays\.0|streakGraceDays): /);
  });
});
