import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { BIN, ROOT, runCommand, tempHome, type RunResult } from "../helpers/cli.js";

const GUARD = path.join(ROOT, "tests", "fixtures", "no-network.mjs");

/** Runs the CLI with every network call made to fail (and logged), under a permissive umask. */
function guarded(args: string[], env: NodeJS.ProcessEnv, input = ""): Promise<RunResult> {
  const script = `umask 000; exec "${process.execPath}" --import "${GUARD}" "${BIN}" "$@"`;
  return runCommand("/bin/sh", ["-c", script, "sh", ...args], { env, input });
}

function walk(dir: string, out: { path: string; dir: boolean; mode: number }[] = []) {
  if (!fs.existsSync(dir)) return out;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, item.name);
    out.push({ path: p, dir: item.isDirectory(), mode: fs.statSync(p).mode & 0o777 });
    if (item.isDirectory()) walk(p, out);
  }
  return out;
}

describe("privacy", () => {
  it("the main flows make no network call, and everything they write is owner-only whatever the umask", async () => {
    const { dir, env, journal } = tempHome();
    const log = path.join(dir, "network.log");
    const e = { ...env, NO_NETWORK_LOG: log };
    const guardedOk = async (args: string[], input?: string) => {
      const r = await guarded(args, e, input);
      expect(r.stderr, args.join(" ")).not.toContain("network access attempted");
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
    };
    // The flows in their order (the debrief links to the prep); then what reads them, at once.
    const flows: [string[], string][] = [
      [["prep", "--answers", "-", "--at", "2026-11-16 10:00"], PREP_ANSWERS],
      [["debrief", "--customer", "Acme BV", "--answers", "-", "--at", "2026-11-16 11:00"], DEBRIEF_ANSWERS],
      [["daily", "--answers", "-", "--at", "2026-11-16 17:00"], DAILY_ANSWERS],
    ];
    const reads = [
      ["list"],
      ["show", "2026-11-16T1100"],
      ["actions"],
      ["summary", "--since", "30d", "--until", "2026-11-20"],
      ["export", "--format", "csv"],
      ["nudge"],
      ["review", journal, "--anonymize", "--until", "2026-11-20"],
      ["note", "2026-11-16T1100", "Ask about the silence", "--for", journal],
      ["share", "--since", "30d", "--until", "2026-11-20"],
      [],
    ];
    const steps = async () => {
      for (const [args, input] of flows) await guardedOk(args, input);
      await Promise.all(reads.map((args) => guardedOk(args)));
    };
    // Many files: the reading is spread over worker threads, which inherit the guard.
    const big = path.join(dir, "big");
    const many = async () => {
      await guardedOk(["demo", "--out", big, "--entries", "600"]);
      await guardedOk(["--journal", big, "--no-cache", "summary"]);
    };
    await Promise.all([steps(), many()]);
    expect(fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "").toBe("");

    // Journal, drafts, cache and the coach's data: files 0600, folders 0700.
    const written = [journal, env.XDG_CACHE_HOME!, env.XDG_DATA_HOME!].flatMap((d) => walk(d));
    expect(written.filter((f) => !f.dir).length).toBeGreaterThan(3);
    for (const f of written) expect(f.mode.toString(8), f.path).toBe(f.dir ? "700" : "600");
  }, 90_000);

  it("the guard itself catches an attempt", async () => {
    const { dir, env } = tempHome();
    const log = path.join(dir, "network.log");
    const probe = path.join(dir, "probe.mjs");
    fs.writeFileSync(probe, "try { await fetch('http://127.0.0.1:9'); } catch {}\n");
    await runCommand(process.execPath, ["--import", GUARD, probe], { env: { ...env, NO_NETWORK_LOG: log } });
    expect(fs.readFileSync(log, "utf8")).toContain("fetch");
  });
});
