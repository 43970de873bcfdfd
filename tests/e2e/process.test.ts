import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { BIN, entryFiles, run, runCommand, runProcess, runReadOnly, tempHome, writeFile } from "../helpers/cli.js";

/**
 * The CLI as a process of its own: the launcher, exit codes, pipes and the file system's refusals.
 * Everything else runs the same code in-process (see helpers/cli.ts), which is quicker by far; so
 * does what only prepares a journal for the process under test.
 */
describe("every command as a process", () => {
  it("runs once each, with the exit code the launcher sets", async () => {
    // Three homes, so that what does not wait for another command's result runs at the same time:
    // the journal's commands in their order, the ones that need no journal, and a coach's.
    const [own, loose, coach] = [tempHome(), tempHome(), tempHome()];
    const okIn = (home: ReturnType<typeof tempHome>) => async (args: string[], input?: string) => {
      const r = await runProcess(args, { env: home.env, ...(input !== undefined && { input }) });
      // Some commands tell on stderr what they did (demo); none reports an error.
      expect([args.join(" "), r.code, /empathy: | {4}at /.test(r.stderr)]).toEqual([args.join(" "), 0, false]);
      return r.stdout;
    };

    const journalCommands = async () => {
      const ok = okIn(own);
      const daily = "2026-11-16T1700-daily";
      await Promise.all([
        (async () => {
          await ok(["prep", "--customer", "Acme", "--answers", "-", "--at", "2026-11-16 09:00"], PREP_ANSWERS);
          await ok(["debrief", "--customer", "Acme", "--answers", "-", "--at", "2026-11-16 11:00"], DEBRIEF_ANSWERS);
        })(),
        ok(["daily", "--answers", "-", "--at", "2026-11-16 17:00"], DAILY_ANSWERS),
      ]);
      // The commands that only read (an editor that changes nothing writes nothing), at once.
      const actions = ok(["actions", "--json"]);
      await Promise.all([
        actions,
        ok(["list", "--json", "--kind", "daily"]).then((out) => expect(JSON.parse(out)).toMatchObject([{ id: daily }])),
        ok(["show", daily]).then((out) => expect(out).toContain(daily)),
        runProcess(["edit", daily], { env: { ...own.env, EDITOR: "true" } }).then((r) => expect(r).toMatchObject({ code: 0, stderr: "" })),
        ...[["summary"], ["share"], ["status"], ["export", "--format", "csv"], ["nudge"], []].map((args) => ok(args)),
        runProcess(["show", "nosuch"], { env: own.env }).then((r) => expect(r.code).toBe(1)),
      ]);
      const [action] = JSON.parse(await actions) as { id: string }[];
      await ok(["done", action!.id]);
      await ok(["delete", daily]);
      await ok(["restore", daily]);
      await ok(["encryption", "init", "--no-passphrase"]);
      await ok(["encryption", "on"]);
      await ok(["encryption", "status"]);
      await ok(["encryption", "off"]);
      expect(entryFiles(own.journal)).toHaveLength(3);
    };

    const standalone = () => {
      const ok = okIn(loose);
      return Promise.all([
        ok(["--version"]).then((out) => expect(out).toMatch(/^\d+\.\d+\.\d+/)),
        ok(["--help"]).then((out) => expect(out).toContain("Usage: empathy")),
        ok(["where"]),
        ok(["exercises", "list"]),
        ok(["exercises", "show", "daily"]),
        ok(["exercises", "validate", path.join(path.dirname(BIN), "..", "exercises", "daily.yaml")]),
        ok(["completion", "bash"]).then((out) => expect(out).toContain("complete")),
        ok(["__complete", "bash", "1", "empathy", "sh"]).then((out) => expect(out).toContain("show")),
        runProcess(["nosuch"], { env: loose.env }).then((r) => expect(r.code).toBe(2)),
        (async () => {
          await ok(["config", "set", "depth", "quick"]);
          expect(await ok(["config", "get", "depth"])).toContain("quick");
          await ok(["config", "list"]);
        })(),
      ]);
    };

    const coachCommands = async () => {
      const ok = okIn(coach);
      const demo = path.join(coach.dir, "demo");
      await ok(["demo", "--out", demo, "--entries", "20"]);
      await ok(["review", demo]);
      const [trainee] = JSON.parse(await ok(["--journal", demo, "list", "--json", "-n", "1"])) as { id: string }[];
      await ok(["note", trainee!.id, "a", "note", "--for", demo]);
    };

    await Promise.all([journalCommands(), standalone(), coachCommands()]);
  }, 60_000);
});

describe("pipes and streams", () => {
  it("list | head -1 and summary | head -3 end quietly", async () => {
    const { env } = tempHome();
    for (const day of ["10", "11", "12", "13"]) await run(["daily", "--answers", "-", "--at", `2026-11-${day} 17:00`], { env, input: DAILY_ANSWERS });
    for (const [cmd, n] of [["list", 1], ["summary --until 2026-11-20", 3], ["export", 2]] as const) {
      const r = spawnSync("/bin/sh", ["-c", `"${process.execPath}" "${BIN}" ${cmd} | head -${n}; echo "status \${PIPESTATUS:-0}"`], {
        env: { PATH: process.env.PATH, ...env },
        encoding: "utf8",
      });
      expect(r.stderr, cmd).toBe("");
      expect(r.stdout.trim().split("\n").length, cmd).toBe(n + 1);
    }
  });
  it("takes a flow's answers from a shell's <(…)", async () => {
    const { env, journal } = tempHome();
    const script = `exec "${process.execPath}" "${BIN}" daily --answers <(printf 'reflection: via a pipe\\ngood_moment: a laugh\\nintention: ask first\\n')`;
    const r = await runCommand("bash", ["-c", script], { env });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(entryFiles(journal)).toHaveLength(1);
  });

});

describe("folders the system refuses", () => {
  it("says in one line that a journal cannot be written, before asking anything", async () => {
    const { dir, env, journal } = tempHome();
    await run(["debrief", "--customer", "Acme", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const [action] = JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string }[];
    const before = entryFiles(journal);
    const daily = await runReadOnly(["daily", "--answers", writeFile(dir, "daily.yaml", DAILY_ANSWERS)], env, journal);
    expect(daily.code).toBe(1);
    expect(daily.stderr.trim().split("\n")).toHaveLength(1);
    expect(daily.stderr).toMatch(/not possible here \((EROFS|EACCES)\)/);
    expect(entryFiles(journal)).toEqual(before);
    // As root only the read-only mount stops a write inside the journal: then `done` says so too.
    if (process.getuid?.() === 0) {
      const done = await runReadOnly(["done", action!.id], env, journal);
      expect(done.code).toBe(1);
      expect(done.stderr).toMatch(/^empathy: .*not possible here \(EROFS\)/);
      expect(done.stderr).not.toContain("    at ");
    }
  });

  it("reviews a trainee's folder that cannot be written, and names a member that cannot be read", async () => {
    const { dir, env } = tempHome();
    const team = path.join(dir, "team");
    const anna = path.join(team, "anna");
    expect((await run(["demo", "--out", anna, "--entries", "20"], { env })).code).toBe(0);
    const readOnly = await runReadOnly(["review", anna, "--format", "json"], env, anna);
    expect([readOnly.code, readOnly.stderr]).toEqual([0, ""]);
    expect(JSON.parse(readOnly.stdout).trainees[0].name).toBe("anna");
    // Root may open anything, so as root the review runs without the right to pass over file
    // modes: a real refusal (EACCES) by the system, not a staged one.
    fs.mkdirSync(path.join(team, "hugo", "2026"), { recursive: true });
    fs.chmodSync(path.join(team, "hugo"), 0o000);
    try {
      for (const format of ["text", "json"]) {
        const r = await runProcess(["review", team, "--format", format], { env, noOverride: true });
        expect([r.code, r.stderr], format).toEqual([0, ""]);
        expect(r.stdout, format).toMatch(format === "json" ? /"reason": "unreadable",\s+"error": "EACCES"/ : /hugo: folder cannot be read \(EACCES\)/);
      }
    } finally {
      fs.chmodSync(path.join(team, "hugo"), 0o755);
    }
  });
});

describe.runIf(os.availableParallelism() > 1)("a cold read as a process", () => {
  // Kept to one core, a process parses in its own thread alone: the truth the workers must give.
  const sameBothWays = async (env: NodeJS.ProcessEnv) => {
    for (const args of [["--no-cache", "export", "--format", "json"], ["--no-cache", "summary", "--since", "1y"]]) {
      const [here, there] = await Promise.all([runCommand("taskset", ["-c", "0", process.execPath, BIN, ...args], { env }), runProcess(args, { env })]);
      expect(there.stderr, args.join(" ")).toMatch(/\b1 file\b/);
      expect([there.code, there.stdout, there.stderr], args.join(" ")).toEqual([here.code, here.stdout, here.stderr]);
    }
  };
  const brokenDemo = async (home: ReturnType<typeof tempHome>) => {
    expect((await run(["demo", "--out", home.journal, "--entries", "450"], { env: home.env })).code).toBe(0);
    fs.writeFileSync(path.join(home.journal, entryFiles(home.journal)[300]!), "schema: 1\nid: [unclosed\n");
  };

  it("gives through its parse workers what a read in one thread gives", async () => {
    const home = tempHome();
    await brokenDemo(home);
    await sameBothWays(home.env);
  });

  it("opens an encrypted journal in its parse workers as in one thread", async () => {
    const home = tempHome();
    await brokenDemo(home);
    for (const args of [["encryption", "init", "--no-passphrase"], ["encryption", "on"]]) expect((await run(args, { env: home.env })).code).toBe(0);
    await sameBothWays(home.env);
    // Two processes each open 450 age files: on a loaded machine, past the default limit.
  }, 60_000);
});

describe("signals", () => {
  it("removes edit's scratch copy when the run is stopped while the editor is open", async () => {
    const { dir, env, journal } = tempHome();
    expect((await run(["daily", "--answers", "-", "--at", "2026-11-16 17:00"], { env, input: DAILY_ANSWERS })).code).toBe(0);
    const [daily] = entryFiles(journal);
    const file = path.join(journal, daily!);
    const before = fs.readFileSync(file);
    const log = path.join(dir, "stopped.log");
    const release = path.join(dir, "release");
    // Waits, as a person at the editor would, until the test has sent the signal.
    const editor = writeFile(dir, "wait.sh", `#!/bin/sh\necho "$1" > '${log}'\ni=0\nwhile [ ! -e '${release}' ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done\n`);
    fs.chmodSync(editor, 0o755);
    const child = spawn(process.execPath, [BIN, "edit", "last"], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, EDITOR: editor },
      stdio: "ignore",
    });
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    while (!fs.existsSync(log) || !fs.readFileSync(log, "utf8").trim()) await new Promise((r) => setTimeout(r, 50));
    const scratch = fs.readFileSync(log, "utf8").trim();
    expect(fs.existsSync(scratch)).toBe(true);
    child.kill("SIGTERM");
    fs.writeFileSync(release, "");
    expect(await closed).toBe(143);
    expect(fs.existsSync(path.dirname(scratch))).toBe(false);
    expect(fs.readFileSync(file)).toEqual(before);
  });
});
