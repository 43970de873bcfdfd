import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { saveEntry, type NewEntry } from "../../src/journal/write.js";
import { run, tempHome } from "../helpers/cli.js";

const prep = (action: string): NewEntry => ({
  kind: "prep",
  lang: "en",
  customer: "Acme BV",
  exercise: { id: "prep", version: 1 },
  answers: [{ step: "goal", type: "text", question: "Your goal?", answer: "A second meeting" }],
  actions: [{ id: action, text: "Send the offer", done: false }],
});

/** Rewrites a file in place (same inode, same size) and puts its modification time back, to the nanosecond. */
function editInPlace(file: string, from: string, to: string) {
  const before = fs.statSync(file, { bigint: true });
  const fd = fs.openSync(file, "r+");
  fs.writeSync(fd, fs.readFileSync(file, "utf8").replace(from, to), 0, "utf8");
  fs.closeSync(fd);
  const ns = before.mtimeNs;
  execFileSync("touch", ["-m", "-d", `@${ns / 10n ** 9n}.${String(ns % 10n ** 9n).padStart(9, "0")}`, file]);
  expect(fs.statSync(file).size).toBe(Number(before.size));
}

describe("the home screen's status", () => {
  it("is kept while the journal is unchanged, and follows saves and hand edits", async () => {
    const home = tempHome();
    const env = home.env;
    const status = async () => {
      const r = await run(["status", "--json"], { env });
      expect(r.stderr).toBe("");
      return JSON.parse(r.stdout) as { openActions: number; entries: number; waitingPreps: unknown[] };
    };
    const old = await saveEntry(home.journal, prep("aa11"), new Date(2026, 5, 3, 9));
    for (let m = 0; m < 4; m++) await saveEntry(home.journal, { ...prep(`bb${m}1`), actions: [] }, new Date(2026, 6 + m, 3, 9));
    const recent = await saveEntry(home.journal, prep("cc11"), new Date(2026, 10, 3, 9));
    expect(await status()).toMatchObject({ openActions: 2, entries: 6 });
    const [key] = fs.readdirSync(path.join(env.XDG_CACHE_HOME!, "empathy-coach", "index"));
    const kept = path.join(env.XDG_CACHE_HOME!, "empathy-coach", "index", key!, "status.derived.json");
    expect(fs.existsSync(kept)).toBe(true);
    expect(await status()).toMatchObject({ openActions: 2, entries: 6 });

    // A file of a recent month edited in place, its time put back, is seen at once.
    editInPlace(recent.path, "done: false", "done: true ");
    expect(await status()).toMatchObject({ openActions: 1 });
    // A save in an old month changes its folder.
    await saveEntry(home.journal, prep("dd11"), new Date(2026, 5, 20, 9));
    expect(await status()).toMatchObject({ openActions: 2, entries: 7 });
    // An old month's file edited in place is seen by the next command that reads the entries, and after it by the status.
    editInPlace(old.path, "done: false", "done: true ");
    expect((await run(["list", "-n", "1"], { env })).code).toBe(0);
    expect(fs.existsSync(kept)).toBe(false);
    expect(await status()).toMatchObject({ openActions: 1, entries: 7 });
    expect(await status()).toEqual(JSON.parse((await run(["--no-cache", "status", "--json"], { env })).stdout));
  });
});
