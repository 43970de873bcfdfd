import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { demoTeam, run, tempHome } from "../helpers/cli.js";

/** A hash of every name, type, mode and byte below a folder (links as their target text). */
function treeHash(dir: string): string {
  const h = createHash("sha256");
  const walk = (d: string) => {
    for (const item of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, item.name);
      const st = fs.lstatSync(p);
      h.update(`${path.relative(dir, p)}|${st.mode}|${st.mtimeMs}|`);
      if (item.isSymbolicLink()) h.update(fs.readlinkSync(p));
      else if (item.isDirectory()) walk(p);
      else h.update(fs.readFileSync(p));
    }
  };
  walk(dir);
  return h.digest("hex");
}


const TEAM = ["anna", "bram", "chris"];
let home: ReturnType<typeof tempHome>;
let team: string;

beforeAll(async () => {
  ({ home, team } = await demoTeam(TEAM, 1, 300));
  // Broken files and a link that leads outside, in anna's folder.
  const month = path.join(team, "anna", "2026", "10");
  fs.mkdirSync(month, { recursive: true });
  fs.writeFileSync(path.join(month, "2026-10-01T0900-prep-broken.yaml"), "schema: 1\nid: [\n");
  fs.writeFileSync(path.join(month, "2026-10-01T0901-prep-future.yaml"), "schema: 9\n");
  fs.writeFileSync(path.join(month, "notes.yaml"), "just: notes\n");
  fs.writeFileSync(path.join(home.dir, "secret.yaml"), "secret: do not read\n");
  fs.symlinkSync(path.join(home.dir, "secret.yaml"), path.join(month, "2026-10-01T0902-prep-link.yaml"));
  fs.symlinkSync(home.dir, path.join(team, "anna", "2025"));
}, 60_000);

describe("empathy review", () => {
  it("of one trainee: leaves every byte unchanged and lists every broken file", async () => {
    const anna = path.join(team, "anna");
    const before = treeHash(anna);
    // As a process where it cannot write: the process tests; here it writes nothing all the same.
    const r = await run(["review", anna, "--until", "2026-11-20"], { env: home.env });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2026\/10\/2026-10-01T0900-prep-broken.yaml:\d+: /);
    for (const bad of ["2026/10/2026-10-01T0901-prep-future.yaml", "2026/10/notes.yaml", "2026/10/2026-10-01T0902-prep-link.yaml", "2025"]) {
      expect(r.stdout).toContain(bad);
    }
    expect(r.stdout).toContain("unknown schema version 9");
    expect(r.stdout).toContain("symbolic link, not followed");
    expect(r.stdout).not.toContain("do not read");
    expect(r.stdout).toContain("For the conversation");
    expect(treeHash(anna)).toBe(before);
    // Every reason in full, however long: it is what the coach judges the figures by.
    const json = JSON.parse((await run(["review", anna, "--until", "2026-11-20", "--format", "json"], { env: home.env })).stdout);
    const flat = r.stdout.replace(/\s+/g, " ");
    for (const f of json.trainees[0].health.invalid) expect(flat).toContain(f.reason.replace(/\s+/g, " "));
  });

  it("speaks about the trainee, not to them, and gives the coach no next step of the trainee's", async () => {
    const anna = path.join(team, "anna");
    for (const format of ["text", "md", "html"]) {
      const r = await run(["review", anna, "--until", "2026-11-20", "--format", format, ...(format === "text" ? ["--details"] : [])], { env: home.env });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Customer emotions recognised");
      expect(r.stdout).not.toMatch(/\byou (recognised|noticed|rate)\b|your own score|Your guesses/i);
      // Moments and skipped files have sections of their own in a review: not repeated from the summary.
      if (format !== "html") {
        expect(r.stdout, format).toContain("Good moments to praise");
        expect(r.stdout, format).not.toContain("Good moments to share");
        expect(r.stdout, format).not.toMatch(/could not be read and were skipped|Skipped files/);
      }
    }
    // A period without entries: the trainee's summary suggests a prep; the coach's review does not.
    const quiet = ["--since", "1990-01-01", "--until", "1990-01-31"];
    const summary = await run(["--journal", anna, "summary", ...quiet], { env: home.env });
    expect(summary.stdout).toContain("No entries in this period yet.");
    expect(summary.stdout).toContain("empathy prep");
    const review = await run(["review", anna, ...quiet], { env: home.env });
    expect(review.stdout).toContain("No entries in this period yet.");
    expect(review.stdout).not.toContain("empathy prep");
  });

  it("of a team: a table with a row per trainee, then three sections", async () => {
    const r = await run(["review", team, "--until", "2026-11-20", "--sort", "entries"], { env: home.env });
    expect(r.code).toBe(0);
    const table = r.stdout.split("\n\n").find((p) => p.startsWith("Team"))!;
    for (const name of TEAM) expect(table).toMatch(new RegExp(`^${name}\\s+\\d+`, "m"));
    expect(r.stdout.match(/^File health$/gm)).toHaveLength(3);
    // About one screen a trainee by default (anna's broken files are listed on top of it).
    const sections = r.stdout.split(/^─+$/m).slice(1);
    for (const section of sections.slice(1)) expect(section.trim().split("\n").length).toBeLessThanOrEqual(62);
    const details = await run(["review", team, "--until", "2026-11-20", "--details"], { env: home.env });
    expect(details.stdout.split(/^─+$/m).at(-1)!.trim().split("\n").length).toBeGreaterThan(100);
    const json = JSON.parse((await run(["review", team, "--until", "2026-11-20", "--format", "json"], { env: home.env })).stdout);
    expect(json.trainees.map((t: { name: string }) => t.name)).toEqual(TEAM);
    expect(Object.keys(json.trainees[0])).toEqual(expect.arrayContaining(["health", "notes", "ratings", "emotions", "accuracy", "moments", "coach"]));
    const entries = json.team.map((row: { entries: number }) => row.entries);
    const sorted = JSON.parse((await run(["review", team, "--until", "2026-11-20", "--format", "json", "--sort", "entries"], { env: home.env })).stdout);
    expect(sorted.team.map((row: { entries: number }) => row.entries)).toEqual([...entries].sort((a, b) => b - a));
    const bad = await run(["review", team, "--sort", "shoe-size"], { env: home.env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--sort");
  });

  it("a team folder given as a journal is named as such, with the command that reviews it", async () => {
    for (const args of [["summary"], ["share"], ["list"]]) {
      const r = await run(["--journal", team, ...args], { env: home.env });
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr, args[0]).toBe(`empathy: ${team} holds trainees' journals, not entries of its own; for a coach's view of them: empathy review "${team}"\n`);
    }
  });

  it("--anonymize leaves no customer name in any format", async () => {
    const names = JSON.parse((await run(["--journal", path.join(team, "bram"), "list", "--json"], { env: home.env })).stdout)
      .map((e: { customer?: string }) => e.customer)
      .filter(Boolean);
    const customers = [...new Set<string>(names)];
    expect(customers.length).toBeGreaterThan(2);
    for (const format of ["text", "md", "json", "html"]) {
      const r = await run(["review", team, "--anonymize", "--format", format, "--until", "2026-11-20"], { env: home.env });
      expect(r.code, format).toBe(0);
      for (const name of customers) {
        expect(r.stdout.toLowerCase(), `${format}: ${name}`).not.toContain(name.toLowerCase());
        // Entry ids carry the customer's slug; those are replaced too.
        expect(r.stdout, `${format}: slug of ${name}`).not.toContain(name.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
      }
      expect(r.stdout).toMatch(/Customer [A-Z]/);
    }
  });

  it("keeps a coach's note in the coach's own data folder and shows it in the review", async () => {
    const bram = path.join(team, "bram");
    const before = treeHash(bram);
    const [entry] = JSON.parse((await run(["--journal", bram, "list", "--json", "--kind", "debrief"], { env: home.env })).stdout);
    const noted = await run(["note", entry.id, "Ask", "about", "the", "silence", "--for", bram], { env: home.env });
    expect(noted.code).toBe(0);
    expect(treeHash(bram)).toBe(before);
    expect(fs.readFileSync(path.join(home.env.XDG_DATA_HOME!, "empathy-coach", "coach-notes.yaml"), "utf8")).toContain("Ask about the silence");
    const r = await run(["review", bram, "--since", "2000-01-01", "--until", "2026-11-20"], { env: home.env });
    expect(r.stdout).toContain(`${entry.id}: Ask about the silence`);
  });

  it("keeps every note, and never shows one trainee's notes in another's report", async () => {
    const own = tempHome();
    const teams = path.join(own.dir, "teams");
    // Two trainees called bram in two teams, and a folder whose name is an object's own property.
    for (const [folder, seed] of [["north/bram", "4"], ["south/bram", "5"], ["south/constructor", "6"]] as const) {
      expect((await run(["demo", "--out", path.join(teams, folder), "--seed", seed, "--entries", "40"], { env: own.env })).code).toBe(0);
    }
    const north = path.join(teams, "north", "bram");
    const ids: string[] = JSON.parse((await run(["--journal", north, "list", "--json"], { env: own.env })).stdout).map((e: { id: string }) => e.id);
    // Made one after another here; several at once are the concurrency tests' subject.
    for (const [i, id] of ids.slice(0, 8).entries()) expect((await run(["note", id, `note ${i}`, "--for", north], { env: own.env })).code).toBe(0);
    const all = (await run(["review", north, "--since", "2000-01-01", "--format", "json"], { env: own.env })).stdout;
    expect(JSON.parse(all).trainees[0].notes.map((n: { text: string }) => n.text).sort()).toEqual(ids.slice(0, 8).map((_, i) => `note ${i}`).sort());
    const south = await run(["review", path.join(teams, "south"), "--since", "2000-01-01", "--format", "json"], { env: own.env });
    expect(south.code).toBe(0);
    expect(south.stdout).not.toContain("note 0");
    const odd = path.join(teams, "south", "constructor");
    const [first] = JSON.parse((await run(["--journal", odd, "list", "--json"], { env: own.env })).stdout);
    expect((await run(["note", first.id, "odd name", "--for", odd], { env: own.env })).code).toBe(0);
    expect((await run(["review", odd, "--since", "2000-01-01"], { env: own.env })).stdout).toContain(`${first.id}: odd name`);
    // A notes file that cannot be read stops the next note instead of being replaced by it.
    const notes = path.join(own.env.XDG_DATA_HOME!, "empathy-coach", "coach-notes.yaml");
    fs.renameSync(notes, `${notes}.kept`);
    fs.mkdirSync(notes);
    const blocked = await run(["note", ids[0]!, "lost?", "--for", north], { env: own.env });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain("not an ordinary file");
    expect(fs.statSync(notes).isDirectory()).toBe(true);
    // A review goes on without the notes it cannot read.
    expect((await run(["review", north, "--since", "2000-01-01"], { env: own.env })).code).toBe(0);
  }, 60_000);

  it("refuses to write a report into a reviewed folder", async () => {
    const r = await run(["review", team, "--format", "md", "--out", path.join(team, "anna", "report.md")], { env: home.env });
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(team, "anna", "report.md"))).toBe(false);
    // Nor by a way round through a link, to the folder or from it.
    const link = path.join(home.dir, "to-anna");
    fs.symlinkSync(path.join(team, "anna"), link);
    const before = treeHash(path.join(team, "anna"));
    for (const [dir, out] of [[link, path.join(team, "anna", "r.md")], [path.join(team, "anna"), path.join(link, "r.md")]]) {
      const viaLink = await run(["review", dir!, "--format", "md", "--out", out!], { env: home.env });
      expect(viaLink.code).toBe(1);
      expect(viaLink.stderr).toContain("never writes there");
    }
    expect(treeHash(path.join(team, "anna"))).toBe(before);
  });

  it("says in one line when --out cannot be written, without a stack trace", async () => {
    const file = path.join(home.dir, "a-file");
    fs.writeFileSync(file, "");
    for (const out of [home.dir, path.join(file, "report.md")]) {
      const r = await run(["review", path.join(team, "bram"), "--out", out], { env: home.env });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/cannot be written there \((EISDIR|EEXIST|ENOTDIR)\); give another --out/);
    }
    const exp = await run(["--journal", path.join(team, "bram"), "export", "--out", home.dir], { env: home.env });
    expect(exp.code).toBe(1);
    expect(exp.stderr).toContain("give another --out");
    const ok = await run(["--journal", path.join(team, "bram"), "export", "--out", path.join(home.dir, "bram.json")], { env: home.env });
    expect(ok.stderr).toMatch(/^\d+ entries exported to .*bram\.json\n$/);
    // An unknown id for another's journal points at that journal's list.
    const note = await run(["note", "zzzz", "text", "--for", path.join(team, "bram")], { env: home.env });
    expect(note.stderr).toContain(`(see: empathy --journal ${path.join(team, "bram")} list)`);
  });
});

describe("summary, share and demo", () => {
  it("summary --json has the documented top-level keys; md and text render", async () => {
    const bram = path.join(team, "bram");
    const json = JSON.parse((await run(["--journal", bram, "summary", "--json", "--until", "2026-11-20"], { env: home.env })).stdout);
    expect(Object.keys(json)).toEqual(["schema", "period", "counts", "habit", "ratings", "emotions", "needs", "accuracy", "followThrough", "actions", "customers", "moments", "intentions", "channels", "invalid"]);
    expect(json.period).toMatchObject({ until: "2026-11-20", since: "2026-10-22", days: 30 });
    const md = await run(["--journal", bram, "summary", "--format", "md", "--since", "12w", "--until", "2026-11-20"], { env: home.env });
    expect(md.stdout).toMatch(/^# /m);
    const text = await run(["--journal", path.join(team, "anna"), "summary", "--since", "12w", "--until", "2026-11-20"], { env: home.env });
    expect(text.code).toBe(0);
    expect(text.stderr.trim().split("\n")).toHaveLength(1); // the skipped files, in one line
    for (const line of text.stdout.split("\n")) expect(Array.from(line).length).toBeLessThanOrEqual(80);
  });

  it("an empty journal gives a friendly summary", async () => {
    const { env } = tempHome();
    const r = await run(["summary"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/NaN|undefined/);
    const json = await run(["summary", "--json"], { env });
    expect(json.stdout).not.toContain("NaN");
  });

  it("share lists good moments and cases, anonymized by default", async () => {
    const bram = path.join(team, "bram");
    const r = await run(["--journal", bram, "share", "--since", "8w", "--until", "2026-11-20", "--format", "md"], { env: home.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## Good moments/m);
    expect(r.stdout).toMatch(/^## Cases for the team/m);
    expect(r.stdout).not.toMatch(/Bakkerij|Logistiek|Zorggroep|Acme|Hofman|Studio Lente/);
  });

  it("demo refuses a folder that is not empty and writes a new one by default", async () => {
    const r = await run(["demo", "--out", path.join(team, "anna")], { env: home.env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("not empty");
  });
});

