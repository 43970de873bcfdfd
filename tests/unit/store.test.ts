import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readJournal } from "../../src/journal/read.js";
import { entryBaseName, slugify } from "../../src/journal/naming.js";
import { saveEntry, type NewEntry } from "../../src/journal/write.js";
import { tempDir } from "../helpers/temp.js";

const sample = (customer?: string): NewEntry => ({
  kind: "prep",
  lang: "en",
  ...(customer !== undefined && { customer }),
  exercise: { id: "prep", version: 1 },
  answers: [{ step: "who", type: "text", question: "Who?", answer: "Ilse" }],
  actions: [],
});

let journal: string;
let umask: number;
beforeEach(() => {
  journal = path.join(tempDir("store-"), "journal");
  umask = process.umask();
});
afterEach(() => {
  process.umask(umask);
});

const at = new Date(2026, 10, 24, 10, 30, 5);

describe("naming", () => {
  it("names files so that they sort by time and say what they are", () => {
    expect(entryBaseName(at, "debrief", "Acme B.V.")).toBe("2026-11-24T1030-debrief-acme-b-v");
    expect(entryBaseName(at, "daily")).toBe("2026-11-24T1030-daily");
  });

  const hostile = [
    "../../etc/passwd",
    "/absolute/path",
    "a/b\\c",
    "nul\u0000byte",
    "ctrl\u001b[31mred",
    "\u202eevil\u202c",
    "😀🎉",
    "CON",
    "x".repeat(10_000),
    "..",
    "Ærøskøbing Café",
  ];
  it.each(hostile.map((name) => [JSON.stringify(name).slice(0, 30), name]))("makes a safe slug of %s", (_label, name) => {
    const slug = slugify(name);
    expect(slug).toMatch(/^[a-z0-9-]{0,40}$/);
    expect(slug.startsWith("-") || slug.endsWith("-")).toBe(false);
  });

  it("keeps accents readable", () => {
    expect(slugify("Ærøskøbing Café")).toBe("aeroskobing-cafe");
    expect(slugify("Crème Brûlée BV")).toBe("creme-brulee-bv");
  });
});

describe("saveEntry", () => {
  it("refuses to write through a linked year or month folder, which readers would never follow", async () => {
    const elsewhere = tempDir("elsewhere-");
    fs.mkdirSync(journal, { recursive: true });
    fs.symlinkSync(elsewhere, path.join(journal, "2026"));
    await expect(saveEntry(journal, sample("Acme"), at)).rejects.toThrow(/2026 in the journal is a symbolic link/);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    fs.rmSync(path.join(journal, "2026"));
    fs.mkdirSync(path.join(journal, "2026"));
    fs.symlinkSync(elsewhere, path.join(journal, "2026", "11"));
    await expect(saveEntry(journal, sample("Acme"), at)).rejects.toThrow(/2026\/11 in the journal is a symbolic link/);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it("writes the entry to YYYY/MM with its id equal to the file name", async () => {
    const { entry, path: file } = await saveEntry(journal, sample("Acme"), at);
    expect(path.relative(journal, file)).toBe("2026/11/2026-11-24T1030-prep-acme.yaml");
    expect(entry.id).toBe("2026-11-24T1030-prep-acme");
    const { entries, invalid } = await readJournal(journal);
    expect(invalid).toEqual([]);
    expect(entries.map((e) => e.entry)).toEqual([entry]);
  });

  it("creates files 0600 and folders 0700 even under a permissive umask", async () => {
    process.umask(0o000);
    const { path: file } = await saveEntry(journal, sample("Acme"), at);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    for (const dir of [journal, path.dirname(file), path.dirname(path.dirname(file))]) {
      expect((fs.statSync(dir).mode & 0o777).toString(8)).toBe("700");
    }
  });

  it("never replaces an entry: many saves in the same minute all survive", async () => {
    const saved = await Promise.all(Array.from({ length: 20 }, () => saveEntry(journal, sample("Acme"), at)));
    const ids = saved.map((s) => s.entry.id);
    expect(new Set(ids).size).toBe(20);
    const { entries, invalid } = await readJournal(journal);
    expect(invalid).toEqual([]);
    expect(entries).toHaveLength(20);
    expect(fs.readdirSync(path.join(journal, "2026", "11")).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("sweeps temporary files that a killed run left behind, and only old ones", async () => {
    const dir = path.join(journal, "2026", "11");
    fs.mkdirSync(dir, { recursive: true });
    const old = path.join(dir, ".0123456789ab.tmp");
    const fresh = path.join(dir, ".ba9876543210.tmp");
    const other = path.join(dir, ".notes.tmp");
    for (const f of [old, fresh, other]) fs.writeFileSync(f, "half");
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    fs.utimesSync(other, twoHoursAgo, twoHoursAgo);
    await saveEntry(journal, sample("Acme"), at);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true); // another run may be writing it
    expect(fs.existsSync(other)).toBe(true); // not ours
  });

  it.each(["../../../outside", "/etc/cron.d/x", "..", "a\u0000b", "x".repeat(10_000)].map((c) => [c.slice(0, 20), c]))(
    "keeps hostile customer %s inside the journal",
    async (_label, customer) => {
      const { path: file, entry } = await saveEntry(journal, sample(customer), at);
      expect(path.relative(journal, file).startsWith("..")).toBe(false);
      expect(path.dirname(file)).toBe(path.join(journal, "2026", "11"));
      expect(entry.customer).toBe(customer);
      const { entries } = await readJournal(journal);
      expect(entries[0]!.entry.customer).toBe(customer);
    },
  );
});

describe("readJournal", () => {
  it("returns valid entries and every invalid file with path, line and reason, touching none", async () => {
    await saveEntry(journal, sample("Acme"), at);
    const dir = path.join(journal, "2026", "11");
    const bad: Record<string, string | Buffer> = {
      "2026-11-24T1100-prep-broken.yaml": "schema: 1\nid: 2026-11-24T1100-prep-broken\nkind: prep\ncreatedAt: yesterday\n",
      "2026-11-24T1101-prep-future.yaml": "schema: 7\nid: x\n",
      "2026-11-24T1102-prep-empty.yaml": "",
      "2026-11-24T1103-prep-binary.yaml": Buffer.from([0x00, 0xff, 0xfe, 0x01]),
      "2026-11-24T1104-prep-latin1.yaml": Buffer.from("customer: caf\xe9\n", "latin1"),
      "2026-11-24T1105-prep-syntax.yaml": "schema: 1\nanswers: [\n",
      "notes.yaml": "hello: world\n",
    };
    for (const [name, content] of Object.entries(bad)) fs.writeFileSync(path.join(dir, name), content);
    fs.mkdirSync(path.join(dir, "2026-11-24T1106-prep-dir.yaml"));
    fs.symlinkSync("/etc/hostname", path.join(dir, "2026-11-24T1107-prep-link.yaml"));
    fs.writeFileSync(path.join(dir, "2026-11-24T1108-prep-huge.yaml"), "a".repeat(1024 * 1024 + 1));
    const before = Object.fromEntries(Object.keys(bad).map((n) => [n, fs.readFileSync(path.join(dir, n))]));

    const { entries, invalid } = await readJournal(journal);
    expect(entries).toHaveLength(1);
    const reasons = Object.fromEntries(invalid.map((i) => [path.basename(i.path), i]));
    expect(Object.keys(reasons).sort()).toEqual(
      [...Object.keys(bad), "2026-11-24T1106-prep-dir.yaml", "2026-11-24T1107-prep-link.yaml", "2026-11-24T1108-prep-huge.yaml"].sort(),
    );
    expect(reasons["2026-11-24T1100-prep-broken.yaml"]).toMatchObject({ line: 4, reason: expect.stringContaining("createdAt") });
    expect(reasons["2026-11-24T1101-prep-future.yaml"]!.reason).toContain("unknown schema version 7");
    expect(reasons["2026-11-24T1102-prep-empty.yaml"]!.reason).toBe("empty file");
    expect(reasons["2026-11-24T1103-prep-binary.yaml"]!.reason).toMatch(/UTF-8|binary/);
    expect(reasons["2026-11-24T1104-prep-latin1.yaml"]!.reason).toBe("not valid UTF-8 text");
    expect(reasons["2026-11-24T1105-prep-syntax.yaml"]!.line).toBeGreaterThan(0);
    expect(reasons["2026-11-24T1107-prep-link.yaml"]!.reason).toContain("symbolic link");
    expect(reasons["2026-11-24T1108-prep-huge.yaml"]!.reason).toContain("too large");
    for (const [n, content] of Object.entries(before)) expect(fs.readFileSync(path.join(dir, n))).toEqual(content);
  });

  it("returns nothing for a journal that does not exist yet", async () => {
    expect(await readJournal(path.join(journal, "nope"))).toMatchObject({ entries: [], invalid: [] });
  });
});
