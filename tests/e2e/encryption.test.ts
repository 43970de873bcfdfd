/**
 * Encrypted journals as a user, a coach and the age tool see them. The interop tests need Debian's
 * `age`: skipped without it, except on CI, where that is a failure.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { decrypterFor, identityKeys } from "../../src/crypto/age.js";
import { entryToYaml } from "../../src/journal/write.js";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { onCI } from "../helpers/browser.js";
import { run, tempHome, writeFile } from "../helpers/cli.js";
import { prep } from "../helpers/entries.js";

const hasAge = spawnSync("age", ["--version"]).status === 0;
const MISSING_AGE = "Debian's `age` tool was not found: the interop tests need it (apt-get install -y age).";

/** Words of the test customers and their answers that no byte of an encrypted journal may show. */
const SECRETS = ["Acme", "acme", "Ilse", "delivery certainty", "Vandermeulen", "vandermeulen", "planning", "laughed"];

type User = ReturnType<typeof tempHome> & { identity: string; recipient: string };

/** A user with an unprotected identity of their own. */
async function user(): Promise<User> {
  const home = tempHome();
  const r = await run(["encryption", "init", "--no-passphrase"], { env: home.env });
  expect(r.code).toBe(0);
  const identity = path.join(home.dir, "config", "empathy-coach", "identity.txt");
  return { ...home, identity, recipient: /age1\w{58}/.exec(r.stdout)![0] };
}

async function ok(u: { env: NodeJS.ProcessEnv }, args: string[], input?: string) {
  const r = await run(args, { env: u.env, ...(input !== undefined && { input }) });
  if (r.code !== 0) throw new Error(`${args.join(" ")}: ${r.stderr}`);
  return r;
}

/** A prep, a debrief and a daily, with the customers of SECRETS: every step answered (`--full`). */
async function writeEntries(u: User): Promise<void> {
  await ok(u, ["prep", "--full", "--answers", "-", "--at", "2026-11-20 10:00"], PREP_ANSWERS);
  await ok(u, ["debrief", "--full", "--customer", "Vandermeulen Logistiek", "--answers", "-", "--at", "2026-11-20 11:00"], DEBRIEF_ANSWERS);
  await ok(u, ["daily", "--full", "--answers", "-", "--at", "2026-11-20 18:00"], DAILY_ANSWERS);
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
}

const sealedFiles = (journal: string) => filesUnder(journal).filter((f) => f.endsWith(".yaml.age"));

/** What is under a folder, bytes and times; the reader's index in the cache folder left out when asked. */
function treeHash(dir: string, opts: { index?: boolean } = {}): string {
  const h = createHash("sha256");
  const index = `${path.sep}empathy-coach${path.sep}index${path.sep}`;
  for (const f of filesUnder(dir).filter((f) => opts.index !== false || !f.includes(index)).sort()) h.update(`${f}|${fs.statSync(f).mtimeMs}|`).update(fs.readFileSync(f));
  return h.digest("hex");
}

// Each command is a process of its own, and a loaded machine makes them slow: generous timeouts.
describe("an encrypted journal, end to end", { timeout: 40_000 }, () => {
  let anna: User;
  beforeAll(async () => {
    anna = await user();
    await writeEntries(anna);
    await ok(anna, ["list"]); // fills the cache while the journal is plain
    await ok(anna, ["encryption", "on"]);
  }, 60_000);

  it("keeps every entry readable, under names without the customer", async () => {
    const names = sealedFiles(anna.journal).map((f) => path.basename(f));
    expect(names).toHaveLength(3);
    for (const n of names) expect(n).toMatch(/^2026-11-20T\d{4}-(prep|debrief|daily)-[0-9a-f]{10}\.yaml\.age$/);
    const list = JSON.parse((await ok(anna, ["list", "--json"])).stdout) as { customer?: string }[];
    expect(list.map((e) => e.customer).sort()).toEqual(["Acme BV", "Vandermeulen Logistiek", undefined].sort());
    const status = (await ok(anna, ["encryption", "status"])).stdout;
    expect(status).toContain(anna.recipient);
    expect(status).toContain("Entries: 3 encrypted, 0 plain.");
  });

  it("writes a new entry encrypted without any secret, and nudge still sees today's daily", async () => {
    const today = new Date();
    const away = { ...anna.env, XDG_CONFIG_HOME: path.join(anna.dir, "nowhere") }; // no identity at hand
    const r = await ok({ env: away }, ["daily", "--answers", "-"], DAILY_ANSWERS);
    expect(r.stderr).toMatch(/Your journal is encrypted and no identity is at hand/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    const month = path.join(anna.journal, String(today.getFullYear()), String(today.getMonth() + 1).padStart(2, "0"));
    expect(fs.readdirSync(month).some((n) => /-daily-[0-9a-f]{10}\.yaml\.age$/.test(n))).toBe(true);
    expect((await ok(anna, ["nudge"])).stdout).toBe("");
    for (const f of fs.readdirSync(month)) fs.rmSync(path.join(month, f));
  });

  it("edit and done open an encrypted entry and keep it encrypted", async () => {
    const editor = writeFile(anna.dir, "editor.sh", `#!/bin/sh\nsed -i "s/A customer laughed/A customer smiled/" "$1"\n`);
    fs.chmodSync(editor, 0o755);
    const daily = sealedFiles(anna.journal).find((f) => f.includes("-daily-"))!;
    await ok({ env: { ...anna.env, EDITOR: editor } }, ["edit", path.basename(daily, ".yaml.age")]);
    const [action] = JSON.parse((await ok(anna, ["actions", "--json"])).stdout) as { id: string }[];
    await ok(anna, ["done", action!.id]);
    const names = sealedFiles(anna.journal);
    expect(names).toHaveLength(3);
    expect(filesUnder(path.join(anna.journal, "drafts"))).toEqual([]);
    const list = JSON.parse((await ok(anna, ["list", "--json"])).stdout) as { answers: { answer: unknown }[]; actions: { done: boolean }[] }[];
    expect(JSON.stringify(list)).toContain("A customer smiled");
    expect(list.flatMap((e) => e.actions).filter((a) => a.done)).toHaveLength(1);
    await ok(anna, ["done", action!.id, "--undo"]);
  }, 60_000);

  it("edits on a private scratch copy, in memory where there is one, removed afterwards", async () => {
    const log = path.join(anna.dir, "scratch.log");
    const editor = writeFile(anna.dir, "look.sh", `#!/bin/sh\nprintf '%s %s %s\\n' "$1" "$(stat -c %a "$1")" "$(stat -c %a "$(dirname "$1")")" > '${log}'\nsed -i "s/planning/plans/" "$1"\n`);
    fs.chmodSync(editor, 0o755);
    const daily = sealedFiles(anna.journal).find((f) => f.includes("-daily-"))!;
    await ok({ env: { ...anna.env, EDITOR: editor } }, ["edit", path.basename(daily, ".yaml.age")]);
    const [scratch, fileMode, dirMode] = fs.readFileSync(log, "utf8").trim().split(" ");
    expect(scratch!.startsWith(fs.existsSync("/dev/shm") ? "/dev/shm/" : path.join(anna.dir, "cache"))).toBe(true);
    expect([fileMode, dirMode]).toEqual(["600", "700"]);
    expect(fs.existsSync(path.dirname(scratch!))).toBe(false);
    expect(filesUnder(path.join(anna.journal, "drafts"))).toEqual([]);
  });

  it("the home screen names an encrypted draft, opened with the identity", async () => {
    const { removeDraft, saveDraft } = await import("../../src/session/drafts.js");
    const draft = { kind: "prep" as const, lang: "en" as const, exercise: { id: "prep", version: 1 }, customer: "Acme BV", depth: "full" as const, at: "2026-11-21T09:00:00+01:00", updatedAt: "2026-11-21T09:05:00+01:00", answers: [], skipped: [] };
    await saveDraft(anna.journal, draft);
    expect(fs.readdirSync(path.join(anna.journal, "drafts"))).toEqual([expect.stringMatching(/^prep-[0-9a-f]{12}\.yaml\.age$/)]);
    const home = await ok(anna, []);
    expect(home.stdout).toMatch(/A prep was stopped halfway \(0 answers for Acme BV, .*\): empathy prep --resume --customer "Acme BV"/);
    await removeDraft(anna.journal, "prep", "Acme BV");
  });

  it("without an identity skips the encrypted entries in one calm line", async () => {
    const away = { ...anna.env, XDG_CONFIG_HOME: path.join(anna.dir, "nowhere") };
    const r = await run(["summary"], { env: away });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("3 encrypted entries were skipped: no identity at hand (see: empathy encryption status).\n");
  });

  it("leaves no customer name or answer in any byte of the journal, the cache or the coach's data", async () => {
    const coach = await user();
    await ok(anna, ["encryption", "add-recipient", coach.recipient]);
    const id = (JSON.parse((await ok(anna, ["list", "--json"])).stdout) as { id: string }[])[0]!.id;
    await ok(coach, ["review", anna.journal]);
    await ok(coach, ["note", id, "Ask about the planning for Acme", "--for", anna.journal]);
    expect((await ok(coach, ["review", anna.journal])).stdout).toContain("Ask about the planning for Acme");
    const files = [anna.journal, path.join(anna.dir, "cache"), path.join(coach.dir, "data"), path.join(coach.dir, "cache")].flatMap(filesUnder);
    expect(files.some((f) => f.includes("coach-notes"))).toBe(true);
    // Each reader keeps an index of their own, all of it sealed: the scan below covers it too.
    for (const u of [anna, coach]) {
      const index = filesUnder(path.join(u.dir, "cache")).filter((f) => f.includes(`${path.sep}index${path.sep}`));
      expect(index.some((f) => f.endsWith(".json.age"))).toBe(true);
      expect(index.filter((f) => !f.endsWith(".age"))).toEqual([]);
    }
    for (const f of files) {
      const bytes = fs.readFileSync(f).toString("latin1");
      for (const s of SECRETS) expect(bytes.includes(s), `${s} in ${f}`).toBe(false);
    }
    await ok(anna, ["encryption", "remove-recipient", coach.recipient]);
    const r = await run(["list"], { env: coach.env, input: "" });
    expect(r.stdout).not.toContain("Acme");
  }, 60_000);

  it.skipIf(!hasAge && !onCI)("age -d gives exactly the YAML the tool reads", async () => {
    if (!hasAge) throw new Error(MISSING_AGE);
    const decrypt = await decrypterFor(identityKeys(fs.readFileSync(anna.identity, "utf8")));
    for (const f of sealedFiles(anna.journal)) {
      const byAge = execFileSync("age", ["-d", "-i", anna.identity, f]);
      expect(Buffer.from(await decrypt(fs.readFileSync(f)))).toEqual(byAge);
      const id = parse(byAge.toString("utf8")).id as string;
      const shown = JSON.parse((await ok(anna, ["show", id, "--json"])).stdout) as Record<string, unknown>;
      expect({ ...parse(byAge.toString("utf8")), path: f }).toEqual(shown);
    }
  });

  it.skipIf(!hasAge && !onCI)("reads a file that the age tool encrypted to the journal's recipient", async () => {
    if (!hasAge) throw new Error(MISSING_AGE);
    const e = prep("2026-11-21", { time: "09:15", customer: "Zeeland Zuivel", answers: { who: "Tom" } });
    const plain = writeFile(anna.dir, "plain.yaml", entryToYaml(e));
    const target = path.join(anna.journal, "2026", "11", "2026-11-21T0915-prep-abcdef0123.yaml.age");
    execFileSync("age", ["-R", path.join(anna.journal, "recipients.txt"), "-o", target, plain]);
    const list = JSON.parse((await ok(anna, ["list", "--json", "--customer", "Zeeland"])).stdout) as { id: string; answers: unknown }[];
    expect(list.map((x) => x.id)).toEqual([e.id]);
    fs.rmSync(target);
  });
});

describe("bad input", { timeout: 40_000 }, () => {
  let anna: User;
  let stranger: User;
  beforeAll(async () => {
    [anna, stranger] = await Promise.all([user(), user()]);
    await writeEntries(anna);
    await ok(anna, ["encryption", "on"]);
  }, 60_000);

  it("a wrong identity, a cut-off file and a changed file: one line each, skipped, nothing written", async () => {
    const [a, b, c] = sealedFiles(anna.journal).sort();
    const bytes = fs.readFileSync(b!);
    fs.writeFileSync(b!, bytes.subarray(0, bytes.length - 20));
    const changed = fs.readFileSync(c!);
    changed[changed.length - 3]! ^= 0x40;
    fs.writeFileSync(c!, changed);
    // The reader's index may learn that a file changed; nothing else is written.
    const before = treeHash(anna.dir, { index: false });
    const own = await run(["list"], { env: anna.env });
    expect(own.code).toBe(0);
    expect(own.stdout.trim().split("\n")).toHaveLength(1);
    expect(own.stderr).toBe([b, c].map((f) => `skipped ${f}: encrypted, but damaged or cut short: it cannot be opened\n`).join(""));
    const other = await run(["list", "--identity", stranger.identity], { env: anna.env });
    expect(other.code).toBe(0);
    expect(other.stderr).toContain(`${a}: encrypted for someone else: your identity cannot open it`);
    expect(other.stderr.trim().split("\n")).toHaveLength(3);
    const missing = await run(["list", "--identity", path.join(anna.dir, "no-such-key.txt")], { env: anna.env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^empathy: identity file .*no-such-key\.txt not found; check --identity or EMPATHY_IDENTITY\n$/);
    expect(treeHash(anna.dir, { index: false })).toBe(before);
  });

  it("refuses what is not a public key, and a journal not yet encrypted", async () => {
    const r = await run(["encryption", "add-recipient", "age1nope"], { env: anna.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("empathy: 'age1nope' is not an age public key (age1… with 58 more letters)\n");
    const plain = await run(["encryption", "add-recipient", anna.recipient], { env: stranger.env });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toBe("empathy: this journal is not encrypted; first run: empathy encryption on\n");
    const again = await run(["encryption", "init", "--no-passphrase"], { env: anna.env });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/identity\.txt already exists; it is kept as it is/);
    const noTerminal = await run(["encryption", "init"], { env: { ...anna.env, XDG_CONFIG_HOME: path.join(anna.dir, "c2") } });
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toMatch(/a passphrase can only be asked in a terminal; run this in one, or add --no-passphrase/);
  });
});

describe("a coach reviewing two trainees' encrypted folders", () => {
  it("reads both with the coach's identity only", async () => {
    const coach = await user();
    const team = path.join(coach.dir, "team");
    const trainees = await Promise.all(["anna", "bram"].map(() => user()));
    for (const [i, tr] of trainees.entries()) {
      const env = { ...tr.env, EMPATHY_JOURNAL: path.join(team, ["anna", "bram"][i]!) };
      await writeEntries({ ...tr, env });
      await ok({ env }, ["encryption", "on"]);
      await ok({ env }, ["encryption", "add-recipient", coach.recipient]);
      fs.rmSync(tr.identity); // the trainee's own key is not there: only the coach's opens the folder
    }
    const report = JSON.parse((await ok(coach, ["review", team, "--format", "json"])).stdout) as {
      trainees: { name: string; health: { entries: number; invalid: unknown[] } }[];
    };
    expect(report.trainees.map((t) => [t.name, t.health.entries, t.health.invalid.length])).toEqual([
      ["anna", 3, 0],
      ["bram", 3, 0],
    ]);
    const without = JSON.parse((await ok({ env: { ...coach.env, XDG_CONFIG_HOME: path.join(coach.dir, "x") } }, ["review", team, "--format", "json"])).stdout) as {
      trainees: { health: { entries: number; byProblem: Record<string, number> } }[];
    };
    expect(without.trainees.map((t) => [t.health.entries, t.health.byProblem.encrypted])).toEqual([
      [0, 3],
      [0, 3],
    ]);
  }, 60_000);
});

// Enough entries for the parse workers, which open encrypted files a few at a time and check
// them after: each result must stay with its file, and a bad file among them is reported alone.
describe("a cold read of a large encrypted journal", () => {
  it("gives the plain journal's entries, and one line for each file that cannot be opened", async () => {
    const u = await user();
    await ok(u, ["demo", "--out", u.journal, "--seed", "5", "--entries", "450"]);
    // The same entries, under other file names.
    const entries = (text: string) => (JSON.parse(text) as { path: string }[]).map(({ path: _, ...e }) => e);
    const plain = entries((await ok(u, ["--no-cache", "list", "--json"])).stdout);
    await ok(u, ["encryption", "on"]);
    const files = sealedFiles(u.journal).sort();
    expect(files.length).toBeGreaterThan(400);
    expect(entries((await ok(u, ["--no-cache", "list", "--json"])).stdout)).toEqual(plain);
    const [cut, changed] = [files[100]!, files[300]!];
    fs.writeFileSync(cut, fs.readFileSync(cut).subarray(0, 200));
    const bytes = fs.readFileSync(changed);
    bytes[bytes.length - 3]! ^= 0x40;
    fs.writeFileSync(changed, bytes);
    const r = await run(["--no-cache", "list", "--json"], { env: u.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe([cut, changed].map((f) => `skipped ${f}: encrypted, but damaged or cut short: it cannot be opened\n`).join(""));
    expect(entries(r.stdout)).toHaveLength(plain.length - 2);
  }, 90_000);
});
