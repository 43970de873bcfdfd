import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addDays, localDay } from "../../src/dates.js";
import { windowStart } from "../../src/insights/journal-view.js";
import { readJournal } from "../../src/journal/read.js";
import { demoTeam, entryFiles, run, tempHome } from "../helpers/cli.js";
import { indexFiles } from "../helpers/index-files.js";

/**
 * A summary reads the months before its window as digests (see journal/month-digest.ts). It must say
 * exactly what a read of every file says, whatever the window and whatever was done to the files.
 */

const today = localDay(new Date());
const day = (back: number) => addDays(today, -back);

/** Windows of a summary: spans back from today, windows ending in the past, one starting mid-month. */
const WINDOWS: string[][] = [
  ["--since", "4w"],
  ["--since", "12w"],
  ["--since", "1y"],
  ["--since", day(400), "--until", day(300)],
  ["--since", `${day(200).slice(0, 7)}-14`, "--until", day(150)],
  ["--since", day(40), "--until", day(20)],
];

async function summaries(env: NodeJS.ProcessEnv, journal: string): Promise<void> {
  for (const window of WINDOWS) {
    const warm = await run(["--journal", journal, "summary", "--format", "json", ...window], { env });
    const full = await run(["--journal", journal, "--no-cache", "summary", "--format", "json", ...window], { env });
    expect(warm.code, warm.stderr).toBe(0);
    expect(JSON.parse(warm.stdout), window.join(" ")).toEqual(JSON.parse(full.stdout));
  }
}

/** The entry files of a journal whose text matches, oldest first. */
const filesWith = (journal: string, text: RegExp, before = today) =>
  entryFiles(journal).filter((f) => f.slice(0, 7).replace("/", "-") < before.slice(0, 7) && text.test(fs.readFileSync(path.join(journal, f), "utf8")));

const edit = (journal: string, rel: string, change: (text: string) => string) => {
  const p = path.join(journal, rel);
  const before = fs.readFileSync(p, "utf8");
  const after = change(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(p, after);
};

describe("a summary through digests", () => {
  it("gives the same model as a read of every file, for every window and after edits", { timeout: 120_000 }, async () => {
    const home = tempHome();
    const { journal, env } = home;
    expect((await run(["demo", "--out", journal, "--seed", "5", "--entries", "1500"], { env })).code).toBe(0);

    // Before the index exists: an old spelling of a customer, an action done long after it was
    // made (after some windows' end), a file that is not an entry, an entry dated by hand into
    // another year (then the months' order does not hold, and the journal is read without digests).
    const old = day(500);
    edit(journal, filesWith(journal, /customer: Acme BV/, old)[0]!, (t) => t.replace("customer: Acme BV", "customer: ACME  bv"));
    edit(journal, filesWith(journal, /done: false/, old)[0]!, (t) => t.replace("done: false", `done: true\n    doneAt: "${day(350)}T10:00:00+01:00"`));
    const bad = filesWith(journal, /kind: daily/, old)[1]!;
    fs.writeFileSync(path.join(journal, bad), "schema: 1\nid: [not, an, id\n");
    await summaries(env, journal);

    // The digests stand in for the months before the window.
    const cacheDir = path.join(home.dir, "cache", "empathy-coach");
    const read = await readJournal(journal, { cacheDir, digestsBefore: windowStart(day(84), today) });
    const all = await readJournal(journal);
    // Each month, or the oldest joined in one (see journal/joined-digest.ts), with every entry once.
    expect(read.earlier!.reduce((n, d) => n + d.entries, 0) + read.entries.length).toBe(all.entries.length);
    expect(read.entries.length).toBeLessThan(all.entries.length / 2);
    expect(read.invalid.map((f) => f.path)).toEqual(all.invalid.map((f) => f.path));

    // Edited in place once the index holds the month: seen by its stat data, as for rows.
    edit(journal, filesWith(journal, /customer: Bakkerij De Vries/, old)[2]!, (t) => t.replace("customer: Bakkerij De Vries", "customer: bakkerij de vries"));
    edit(journal, filesWith(journal, /done: false/, old)[3]!, (t) => t.replace("done: false", "done: true"));
    await summaries(env, journal);

    // Digests edited by hand, or summed as written but of another form: their months are read from
    // their heads, and their digests written anew.
    const digests = indexFiles(path.join(home.dir, "cache"), /\.digest\.json$/);
    expect(digests.length).toBeGreaterThan(12);
    const [first, second] = digests as [string, string];
    fs.writeFileSync(first, fs.readFileSync(first, "utf8").replace(/"done":\d+/, '"done":99999'));
    const [line, text] = fs.readFileSync(second, "utf8").split("\n") as [string, string];
    const other = JSON.stringify({ ...JSON.parse(text), digest: { daily: "all" } });
    fs.writeFileSync(second, `${JSON.stringify({ ...JSON.parse(line), sum: createHash("sha1").update(other).digest("hex") })}\n${other}`);
    await summaries(env, journal);
    for (const file of [first, second]) expect(fs.readFileSync(file, "utf8")).toMatch(/"daily":\[.*"done":\d{1,3},/);

    // A debrief of the period linked to a prep of long ago (read through its month's entries), and
    // one whose prep was removed (found nowhere, as without digests).
    const recent = entryFiles(journal).filter((f) => f.includes("-debrief-") && f.slice(0, 10).replace(/\//g, "-") >= day(20).slice(0, 7) && /prep: /.test(fs.readFileSync(path.join(journal, f), "utf8")));
    const gone = /prep: (.*)/.exec(fs.readFileSync(path.join(journal, recent[recent.length - 1]!), "utf8"))![1]!;
    fs.rmSync(path.join(journal, gone.slice(0, 4), gone.slice(5, 7), `${gone}.yaml`));
    await summaries(env, journal);
    const again = await readJournal(journal, { cacheDir, digestsBefore: windowStart(day(84), today) });
    expect(again.earlier!.reduce((n, d) => n + d.entries, 0)).toBeGreaterThan(again.entries.length);
    const oldPrep = path.basename(filesWith(journal, /kind: prep/, old)[0]!, ".yaml");
    edit(journal, recent[0]!, (t) => t.replace(/prep: .*/, `prep: ${oldPrep}`));
    await summaries(env, journal);

    // An entry dated by hand before the months around it: read without digests, the same still.
    edit(journal, filesWith(journal, /kind: debrief/, day(300))[5]!, (t) => t.replace(/createdAt: "\d{4}/, `createdAt: "${Number(today.slice(0, 4)) - 6}`));
    await summaries(env, journal);
  });

  it("gives the same model through the sealed digests of an encrypted journal", { timeout: 120_000 }, async () => {
    const { dir, journal, env } = tempHome();
    expect((await run(["encryption", "init", "--no-passphrase"], { env })).code).toBe(0);
    expect((await run(["demo", "--out", journal, "--seed", "6", "--entries", "500"], { env })).code).toBe(0);
    expect((await run(["encryption", "on"], { env })).code).toBe(0);
    await summaries(env, journal);
    expect(indexFiles(path.join(dir, "cache"), /\.digest\.json\.age$/).length).toBeGreaterThan(3);
    expect(indexFiles(path.join(dir, "cache"), /\.digest\.json$/)).toEqual([]);
    await summaries(env, journal);
  });

  it("gives a coach's review the same report, a team's too", { timeout: 120_000 }, async () => {
    const { home, team } = await demoTeam(["ann", "bob"], 11, 700);
    for (const window of WINDOWS) {
      const args = ["review", team, "--format", "json", ...window];
      const warm = await run(args, { env: home.env });
      expect(warm.code, warm.stderr).toBe(0);
      expect(JSON.parse((await run(args, { env: home.env })).stdout), window.join(" ")).toEqual(JSON.parse(warm.stdout));
      expect(JSON.parse(warm.stdout), window.join(" ")).toEqual(JSON.parse((await run(["--no-cache", ...args], { env: home.env })).stdout));
    }
    expect(indexFiles(path.join(home.dir, "cache"), /\.digest\.json$/).length).toBeGreaterThan(12);
  });

  it("shows a coach's notes on entries of the months that came as digests, as a whole read does", { timeout: 120_000 }, async () => {
    const { home, team } = await demoTeam(["ann"], 21, 700);
    const ann = path.join(team, "ann");
    const [oldest, older] = entryFiles(ann).map((f) => path.basename(f, ".yaml"));
    for (const id of [oldest!, older!]) expect((await run(["note", id, `about ${id}`, "--for", ann], { env: home.env })).code).toBe(0);
    const args = ["review", ann, "--format", "json", "--since", "4w"];
    expect((await run(args, { env: home.env })).code).toBe(0);
    const warm = await run(args, { env: home.env });
    expect(JSON.parse(warm.stdout).trainees[0].notes.map((n: { entry: string }) => n.entry)).toEqual([oldest, older]);
    expect(JSON.parse(warm.stdout)).toEqual(JSON.parse((await run(["--no-cache", ...args], { env: home.env })).stdout));
  });
});
