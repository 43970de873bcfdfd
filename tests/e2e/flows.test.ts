import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { entryFiles, run, tempHome, writeFile } from "../helpers/cli.js";

const readEntry = (journal: string, rel: string) => parse(fs.readFileSync(path.join(journal, rel), "utf8"));

describe("prep → debrief → daily through --answers", () => {
  it("produces three valid, linked entries that list and show can read", async () => {
    const { dir, env, journal } = tempHome();
    const prepFile = writeFile(dir, "prep.yaml", PREP_ANSWERS);
    const prep = await run(["prep", "--answers", prepFile, "--at", "2026-11-16 10:30"], { env });
    expect(prep.stderr).toBe("");
    expect(prep.code).toBe(0);
    expect(prep.stdout).toContain('empathy debrief --customer "Acme BV"');

    const debrief = await run(["debrief", "--customer", "acme bv", "--full", "--answers", "-", "--at", "2026-11-16 11:15"], {
      env,
      input: DEBRIEF_ANSWERS,
    });
    expect(debrief.code).toBe(0);
    const daily = await run(["daily", "--answers", "-", "--at", "2026-11-16 17:30"], { env, input: DAILY_ANSWERS });
    expect(daily.code).toBe(0);
    expect(daily.stdout).toMatch(/streak/);

    const files = entryFiles(journal);
    expect(files).toEqual([
      "2026/11/2026-11-16T1030-prep-acme-bv.yaml",
      "2026/11/2026-11-16T1115-debrief-acme-bv.yaml",
      "2026/11/2026-11-16T1730-daily.yaml",
    ]);
    const d = readEntry(journal, files[1]!);
    expect(d).toMatchObject({
      schema: 1,
      id: "2026-11-16T1115-debrief-acme-bv",
      kind: "debrief",
      customer: "Acme BV", // the spelling the journal already had
      links: { prep: "2026-11-16T1030-prep-acme-bv" },
      flags: ["coach"],
    });
    expect(d.createdAt).toMatch(/^2026-11-16T11:15:00[+-]\d{2}:\d{2}$/);
    expect(d.actions).toEqual([
      expect.objectContaining({ text: "Send the planning", due: "2026-11-26", done: false }),
      expect.objectContaining({ text: "Call next week", done: false }),
    ]);
    const observed = d.answers.find((a: { step: string }) => a.step === "observed_emotions");
    expect(observed.answer).toEqual(["worried", "relieved", "my own word"]);
    expect(observed.question).toMatch(/feel/);
    const accuracy = d.answers.find((a: { step: string }) => a.step === "guess_accuracy");
    expect(accuracy.answer).toBe("similar");

    const list = await run(["list", "--json"], { env });
    expect(JSON.parse(list.stdout).map((e: { id: string }) => e.id)).toEqual(files.map((f) => path.basename(f, ".yaml")));
    const shown = await run(["show", "2026-11-16T1115"], { env });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("A fixed delivery date");
    expect(shown.stdout).toContain("relieved");
    expect(shown.stdout).toContain("follows prep 2026-11-16T1030-prep-acme-bv");
  });

  it("asks how close the guess was only when the debrief follows a prep", async () => {
    const { env, journal } = tempHome();
    const answers = DEBRIEF_ANSWERS.replace("guess_accuracy: similar\n", "");
    const r = await run(["debrief", "--customer", "Solo", "--answers", "-"], { env, input: answers });
    expect(r.code).toBe(0);
    const [file] = entryFiles(journal);
    const entry = readEntry(journal, file!);
    expect(entry.links).toBeUndefined();
    expect(entry.answers.some((a: { step: string }) => a.step === "guess_accuracy")).toBe(false);
    // With a prep, the same answers lack a required step.
    await run(["prep", "--answers", "-", "--customer", "Solo"], { env, input: PREP_ANSWERS.replace("customer: Acme BV\n", "") });
    const linked = await run(["debrief", "--customer", "Solo", "--answers", "-"], { env, input: answers });
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain('step "guess_accuracy"');
  });

  it("links to the prep given with --prep and rejects an id that is not a prep", async () => {
    const { env } = tempHome();
    await run(["prep", "--answers", "-", "--at", "2026-11-20 09:00"], { env, input: PREP_ANSWERS });
    await run(["prep", "--answers", "-", "--at", "2026-11-21 09:00"], { env, input: PREP_ANSWERS });
    const r = await run(["debrief", "--prep", "2026-11-20", "--answers", "-"], { env, input: DEBRIEF_ANSWERS });
    expect(r.code).toBe(0);
    const list = JSON.parse((await run(["list", "--kind", "debrief", "--json"], { env })).stdout);
    expect(list[0].links.prep).toBe("2026-11-20T0900-prep-acme-bv");
    expect(list[0].customer).toBe("Acme BV");
    const notPrep = await run(["debrief", "--prep", list[0].id, "--answers", "-"], { env, input: DEBRIEF_ANSWERS });
    expect(notPrep.code).toBe(1);
    expect(notPrep.stderr).toContain("is not a prep");
  });

  it("never overwrites: two entries in the same minute get two files", async () => {
    const { env, journal } = tempHome();
    const runs = await Promise.all(
      [1, 2, 3].map(() => run(["daily", "--answers", "-", "--at", "2026-11-16 17:30"], { env, input: DAILY_ANSWERS })),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(entryFiles(journal)).toEqual([
      "2026/11/2026-11-16T1730-daily-2.yaml",
      "2026/11/2026-11-16T1730-daily-3.yaml",
      "2026/11/2026-11-16T1730-daily.yaml",
    ]);
    for (const f of entryFiles(journal)) expect(readEntry(journal, f).id).toBe(path.basename(f, ".yaml"));
  });
});

describe("bad answers files exit 1, name the step, and write nothing", () => {
  const cases: [string, string, RegExp][] = [
    ["a missing required step", PREP_ANSWERS.replace(/^interests:.*\n/m, ""), /step "interests": an answer is required/],
    ["an unknown step id", `${PREP_ANSWERS}mood: great\n`, /unknown step "mood"/],
    ["a wrong type", PREP_ANSWERS.replace("difficult_period: true", "difficult_period: [1]"), /step "difficult_period": expected true or false/],
    ["an unknown option", PREP_ANSWERS.replace("intention: understand_first", "intention: win"), /step "intention": expected one of: understand_first/],
    ["not YAML at all", "who: [unclosed\n  interests: {", /stdin:\d+: /],
    ["an empty file", "", /the answers file is empty/],
    ["a list instead of a map", "- who\n- what\n", /must be a map from step id to answer/],
  ];
  it.each(cases)("%s", async (_name, input, message) => {
    const { env, journal } = tempHome();
    // The full form: it asks every step these cases break.
    const r = await run(["prep", "--customer", "Acme", "--full", "--answers", "-"], { env, input });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(entryFiles(journal)).toEqual([]);
  });

  it("an out-of-range rating", async () => {
    const { env, journal } = tempHome();
    const r = await run(["debrief", "--customer", "Acme", "--answers", "-"], { env, input: DEBRIEF_ANSWERS.replace("perspective: 4", "perspective: 6") });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('step "perspective": expected a whole number from 1 to 5');
    expect(entryFiles(journal)).toEqual([]);
  });

  it("a missing answers file", async () => {
    const { env } = tempHome();
    const r = await run(["daily", "--answers", "/nonexistent/answers.yaml"], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("/nonexistent/answers.yaml: cannot be read (ENOENT)");
  });

  it("without a terminal and without --answers, stops at once and says how to use --answers", async () => {
    const { env } = tempHome();
    const r = await run(["daily"], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--answers FILE");
  });

  it("rejects an action whose due date is not a date, and saves nothing", async () => {
    const { env, journal } = tempHome();
    for (const due of ["@friday", "@2026-02-30"]) {
      const input = DEBRIEF_ANSWERS.replace("  - Call next week", `  - Call her director ${due}`);
      const r = await run(["debrief", "--customer", "Acme", "--answers", "-"], { env, input });
      expect(r.code, due).toBe(1);
      expect(r.stderr).toContain('step "actions": expected a list of texts, each with a due date as @YYYY-MM-DD');
    }
    expect(entryFiles(journal)).toEqual([]);
  });

  it("rejects impossible or future --at values", async () => {
    const { env } = tempHome();
    for (const at of ["2026-02-30", "yesterday-ish", "2999-01-01"]) {
      const r = await run(["daily", "--answers", "-", "--at", at], { env, input: DAILY_ANSWERS });
      // A bad option value is a usage error.
      expect(r.code, at).toBe(2);
      expect(r.stderr, at).toContain(`--at "${at}"`);
    }
  });
});

describe("--channel", () => {
  it("exits 2 on a channel that is not offered, naming the valid ones, and saves nothing", async () => {
    const { env, journal } = tempHome();
    const r = await run(["prep", "--answers", "-", "--channel", "fax"], { env, input: PREP_ANSWERS });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('empathy: --channel "fax" is not a channel; use one of: in-person, video, phone, written');
    expect(entryFiles(journal)).toEqual([]);
  });
});

describe("actions, list filters, nudge and home", () => {
  it("lists open actions, marks one done in place, and keeps the rest of the file", async () => {
    const { env, journal } = tempHome();
    await run(["debrief", "--customer", "Acme", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const open = JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string; text: string; overdue: boolean }[];
    expect(open.map((a) => a.text)).toEqual(["Send the planning", "Call next week"]);
    const [file] = entryFiles(journal);
    const before = fs.readFileSync(path.join(journal, file!), "utf8");
    const done = await run(["done", open[0]!.id.slice(0, 4)], { env });
    expect(done.code).toBe(0);
    expect(done.stdout).toContain("Done: Send the planning");
    const after = fs.readFileSync(path.join(journal, file!), "utf8");
    expect(after.split("\n").length).toBe(before.split("\n").length + 1); // only doneAt added
    expect(parse(after).actions[0]).toMatchObject({ done: true, doneAt: expect.any(String) });
    expect((fs.statSync(path.join(journal, file!)).mode & 0o777).toString(8)).toBe("600");
    const rest = JSON.parse((await run(["actions", "--json"], { env })).stdout);
    expect(rest).toHaveLength(1);
    expect(JSON.parse((await run(["actions", "--all", "--json"], { env })).stdout)).toHaveLength(2);
    const unknown = await run(["done", "zzzz"], { env });
    expect(unknown.code).toBe(1);
  });

  it("filters list by kind, customer, dates, text and flag", async () => {
    const { env } = tempHome();
    await run(["prep", "--answers", "-", "--at", "2026-10-01 09:00"], { env, input: PREP_ANSWERS });
    await run(["debrief", "--customer", "Beta", "--answers", "-", "--at", "2026-11-02 09:00"], { env, input: DEBRIEF_ANSWERS });
    await run(["daily", "--full", "--answers", "-", "--at", "2026-11-03 18:00"], { env, input: DAILY_ANSWERS });
    const ids = async (...args: string[]) => JSON.parse((await run(["list", "--json", ...args], { env })).stdout).map((e: { id: string }) => e.id);
    expect(await ids("--kind", "prep")).toEqual(["2026-10-01T0900-prep-acme-bv"]);
    expect(await ids("--customer", "beta")).toEqual(["2026-11-02T0900-debrief-beta"]);
    expect(await ids("--since", "2026-11-01", "--until", "2026-11-02")).toEqual(["2026-11-02T0900-debrief-beta"]);
    expect(await ids("--grep", "LAUGHED")).toEqual(["2026-11-03T1800-daily"]);
    expect(await ids("--flagged")).toEqual(["2026-11-02T0900-debrief-beta"]);
    const bad = await run(["list", "--since", "last tuesday"], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--since");
    // In columns, with the marks in words and no trailing spaces.
    expect((await run(["list"], { env })).stdout).toBe(
      [
        "2026-10-01T0900-prep-acme-bv  Acme BV",
        "2026-11-02T0900-debrief-beta  Beta     ⚑ for the coach · 2 open actions",
        "2026-11-03T1800-daily",
        "",
      ].join("\n"),
    );
    const nowhere = await run(["--journal", "/nonexistent/journal", "list"], { env });
    expect(nowhere.stdout).toContain("No journal at /nonexistent/journal yet");
  });

  it("nudges only while today's reflection is missing", async () => {
    const { env } = tempHome();
    const before = await run(["nudge"], { env });
    expect(before.code).toBe(0);
    expect(before.stdout).toContain("empathy daily");
    await run(["daily", "--answers", "-"], { env, input: DAILY_ANSWERS });
    const after = await run(["nudge"], { env });
    expect(after).toMatchObject({ code: 0, stdout: "", stderr: "" });
    // The journal named in the config file, with a comment after it as YAML allows.
    const { EMPATHY_JOURNAL: journal, ...withoutJournal } = env;
    writeFile(path.join(env.XDG_CONFIG_HOME!, "empathy-coach"), "config.yaml", `journal: ${journal}  # mine\nlang: en # for now\n`);
    expect((await run(["nudge"], { env: withoutJournal })).stdout).toBe("");
  });

  it("home without a terminal prints today's status and exits 0", async () => {
    const { env } = tempHome();
    await run(["prep", "--answers", "-"], { env, input: PREP_ANSWERS });
    const r = await run([], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Today's reflection is still open");
    expect(r.stdout).toContain("1 prep waiting for a debrief");
  });

  it("reports a corrupt journal file and leaves it untouched", async () => {
    const { env, journal } = tempHome();
    await run(["daily", "--answers", "-", "--at", "2026-11-03 18:00"], { env, input: DAILY_ANSWERS });
    const bad = path.join(journal, "2026/11/2026-11-04T0900-prep-x.yaml");
    fs.writeFileSync(bad, "schema: 1\nid: [broken\n");
    const r = await run(["list"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2026-11-03T1800-daily");
    expect(r.stderr).toMatch(/skipped .*2026-11-04T0900-prep-x\.yaml:\d+: /);
    expect(fs.readFileSync(bad, "utf8")).toBe("schema: 1\nid: [broken\n");
  });
});
