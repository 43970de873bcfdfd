import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DAILY_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { BIN, run, runCommand, tempHome } from "../helpers/cli.js";

/** A shell is needed only where it is the subject; outside CI a missing one skips its test. */
function has(shell: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${shell}`], { stdio: "ignore" });
    return true;
  } catch {
    if (process.env.CI) throw new Error(`${shell} is missing; .ci/run installs it`);
    return false;
  }
}

const home = tempHome();
// The scripts call `empathy` by name, as an installed tool is called.
const shim = path.join(home.dir, "bin");
fs.mkdirSync(shim);
fs.writeFileSync(path.join(shim, "empathy"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
const env = { ...home.env, PATH: `${shim}:${process.env.PATH}` };

async function script(shell: string): Promise<string> {
  const r = await run(["completion", shell], { env });
  expect(r.code).toBe(0);
  const file = path.join(home.dir, `completion.${shell}`);
  fs.writeFileSync(file, r.stdout);
  return file;
}

const ID = "2026-11-23T1800-daily";
beforeAll(async () => {
  expect((await run(["daily", "--answers", "-", "--at", "2026-11-23 18:00"], { env, input: DAILY_ANSWERS })).code).toBe(0);
  // A customer, whom the journal's reading leaves in the list completion offers.
  expect((await run(["prep", "--answers", "-", "--at", "2026-11-20 09:00"], { env, input: PREP_ANSWERS })).code).toBe(0);
  expect((await run(["list"], { env })).code).toBe(0);
});

describe.each(["bash", "zsh", "fish"])("the %s completion script", (shell) => {
  it.skipIf(!has(shell))("is accepted by the shell's syntax check", async () => {
    const file = await script(shell);
    const r = await runCommand(shell, ["-n", file], { env });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});

/** What the shell offers for each line; the lines are asked at once, each shell asking the CLI. */
async function expectCompletions(at: (line: string) => Promise<string>, expected: Record<string, string>): Promise<void> {
  const lines = Object.keys(expected);
  const offered = await Promise.all(lines.map(at));
  expect(Object.fromEntries(lines.map((line, i) => [line, offered[i]]))).toEqual(expected);
}

describe("completing in a real shell", () => {
  it.skipIf(!has("bash"))("bash completes a command, an option and an entry id", async () => {
    const file = await script("bash");
    const at = async (line: string) =>
      (await runCommand("bash", ["-c", `source "$0"; COMP_WORDS=(${line}); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); _empathy_complete; printf '%s\\n' "\${COMPREPLY[@]}"`, file], { env })).stdout;
    await expectCompletions(at, {
      "empathy res": "restore\n",
      "empathy list --fl": "--flagged\n",
      "empathy show 2026-11-23": `${ID}\n`,
      "empathy debrief --customer Ac": "Acme\\ BV\n",
    });
  });

  it.skipIf(!has("fish"))("fish completes a command, an option and an entry id", async () => {
    const file = await script("fish");
    const at = async (line: string) => (await runCommand("fish", ["-c", `source $argv[1]; complete -C '${line}'`, file], { env })).stdout;
    await expectCompletions(at, {
      "empathy res": "restore\n",
      "empathy list --fl": "--flagged\n",
      "empathy show 2026-11-23": `${ID}\n`,
      "empathy debrief --customer Ac": "Acme BV\n",
    });
  });
});
