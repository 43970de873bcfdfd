import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect } from "vitest";
import { memoryIo } from "./memory-io.js";
import { tempDir } from "./temp.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = path.join(ROOT, "bin", "empathy.cjs");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh folder for one test: journal, config and cache live inside it. */
export function tempHome(): { dir: string; journal: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir("empathy-test-");
  const journal = path.join(dir, "journal");
  return {
    dir,
    journal,
    env: {
      EMPATHY_JOURNAL: journal,
      XDG_CONFIG_HOME: path.join(dir, "config"),
      XDG_CACHE_HOME: path.join(dir, "cache"),
      XDG_DATA_HOME: path.join(dir, "data"),
      LANG: "en_US.UTF-8",
      NO_COLOR: "1",
    },
  };
}

/**
 * A fresh home with a team folder of demo journals, one per name: the first seeded with
 * `firstSeed`, the next with the seed after it, each of `entries` entries.
 */
export async function demoTeam(names: readonly string[], firstSeed: number, entries: number): Promise<{ home: ReturnType<typeof tempHome>; team: string }> {
  const home = tempHome();
  const team = path.join(home.dir, "team");
  for (const [i, name] of names.entries()) {
    const r = await run(["demo", "--out", path.join(team, name), "--seed", String(i + firstSeed), "--entries", String(entries)], { env: home.env });
    expect(r.code).toBe(0);
  }
  return { home, team };
}

/**
 * How a command is run: `noOverride` runs root's command without the right to pass over file modes, so that a folder
 * of mode 000 refuses it as it refuses anyone (through util-linux's setpriv).
 */
export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  input?: string;
  cwd?: string;
  noOverride?: boolean;
}

const DROP_OVERRIDE = ["--bounding-set", "-dac_override,-dac_read_search", "--"];

/** The built CLI's entry, loaded once per test file: the same code the launcher runs. */
let built: Promise<typeof import("../../src/cli/main.js")> | undefined;
const builtMain = () => (built ??= import(pathToFileURL(path.join(ROOT, "dist", "cli", "main.cjs")).href));

/**
 * Runs the built CLI in this process, through its runtime: in-memory streams, its own environment
 * (PATH and HOME, plus `env`) and folder, without a terminal. Where the process itself is the
 * subject (root's rights dropped), it starts one.
 */
export async function run(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  if (opts.noOverride && process.getuid?.() === 0) return runProcess(args, opts);
  const io = memoryIo({ env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env }, input: opts.input ?? "", cwd: opts.cwd ?? ROOT });
  const code = await (await builtMain()).main(["node", BIN, ...args], io.rt);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

/** Runs the built CLI as a user would: a process of its own, without a terminal. */
export function runProcess(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  if (opts.noOverride && process.getuid?.() === 0) return runCommand("setpriv", [...DROP_OVERRIDE, process.execPath, BIN, ...args], opts);
  return runCommand(process.execPath, [BIN, ...args], opts);
}

/** Runs any command with a clean environment (PATH and HOME, plus `env`) and collects its output. */
export function runCommand(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    // A command that never reads its input (a shell's syntax check) may close it before we write.
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.input ?? "");
  });
}

/** Every entry file of a journal, relative to it. */
export function entryFiles(journal: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, item.name);
      if (item.isDirectory() && item.name !== "drafts" && item.name !== "exercises") walk(p);
      else if (item.isFile() && item.name.endsWith(".yaml")) out.push(path.relative(journal, p));
    }
  };
  walk(journal);
  return out.sort();
}

/** Every file below a folder, depth first, temporary ones and links included; none if there is no folder. */
export function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const i of fs.readdirSync(d, { withFileTypes: true })) (i.isDirectory() ? walk : (p: string) => out.push(p))(path.join(d, i.name));
  };
  walk(dir);
  return out;
}

export function writeFile(dir: string, name: string, text: string): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}

/**
 * Runs the CLI where `folder` cannot be written. Root ignores file modes, so as root the
 * folder is bind-mounted read-only in a private mount namespace (writes then fail with EROFS);
 * otherwise its write bits are removed.
 */
export function runReadOnly(args: string[], env: NodeJS.ProcessEnv, folder: string): Promise<RunResult> {
  if (process.getuid?.() === 0) {
    const script = `mount --bind -o ro "$0" "$0" && exec "${process.execPath}" "${BIN}" "$@"`;
    return runCommand("unshare", ["-m", "--propagation", "private", "sh", "-c", script, folder, ...args], { env });
  }
  fs.chmodSync(folder, 0o555);
  return runProcess(args, { env }).finally(() => fs.chmodSync(folder, 0o755));
}
