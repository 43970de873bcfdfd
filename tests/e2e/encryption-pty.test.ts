import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { DAILY_ANSWERS } from "../fixtures/answers.js";
import { run } from "../helpers/cli.js";
import { ptyHome, spawnCli, type PtySession } from "../helpers/pty.js";

// A passphrase-protected identity in a real terminal (`npm run build` first). Each passphrase
// costs a second or more of scrypt, as age wants it, so one identity serves the whole file.

const PASS = "blue heron at dawn";
const h = ptyHome();
const sessions: PtySession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
  fs.rmSync(h.dir, { recursive: true, force: true });
});
const start = (args: string[]) => {
  const s = spawnCli(args, { env: h.env, cols: 120, rows: 40 });
  sessions.push(s);
  return s;
};

describe("a passphrase-protected identity", () => {
  it("is made with a passphrase typed twice, never echoed", { timeout: 90_000 }, async () => {
    const cli = start(["encryption", "init"]);
    await cli.waitFor("Passphrase for your new identity");
    await cli.line(PASS);
    await cli.waitFor("The same passphrase once more");
    await cli.line(PASS);
    await cli.waitFor(/age1\w{58}/, 60_000);
    expect(await cli.exit).toBe(0);
    expect(cli.screen).not.toContain("heron");
    // The public key kept beside the identity: encrypting asks for nothing.
    const on = await run(["encryption", "on"], { env: h.env });
    expect(on.code).toBe(0);
    expect((await run(["daily", "--answers", "-", "--at", "2026-11-16 17:00"], { env: h.env, input: DAILY_ANSWERS })).code).toBe(0);
  });

  it("asks the passphrase once per run to read, and a wrong one is one line", { timeout: 90_000 }, async () => {
    // Two runs side by side, each with its second of scrypt: one given a wrong passphrase, one the right.
    const [wrong, right] = [start(["list"]), start(["list"])];
    await Promise.all([
      wrong.waitFor("Passphrase for").then(() => wrong.line("grey heron")),
      right.waitFor("Passphrase for").then(() => right.line(PASS)),
    ]);
    expect(await wrong.exit).toBe(1);
    expect(wrong.screen).toMatch(/empathy: wrong passphrase for .*identity\.txt; nothing was changed/);
    // One line typed: a second question would wait for an answer, and the list would not come.
    await right.waitFor("2026-11-16T1700-daily-", 60_000);
    expect(await right.exit).toBe(0);
    expect(right.rest).not.toContain("Passphrase for");
  });

  it("a flow never asks: the history is left out in one line", { timeout: 30_000 }, async () => {
    const cli = start(["prep", "--customer", "Acme BV"]);
    await cli.waitFor("Your journal is encrypted and no identity is at hand without a passphrase");
    await cli.waitFor(/1\/\d+ /);
    expect(cli.screen).not.toContain("Passphrase for");
    await cli.press("ctrl-c");
    expect(await cli.exit).toBe(130);
  });
});
