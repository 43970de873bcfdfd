import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ParsedFile } from "../../src/journal/parsed-file.js";
import type { NewEntry } from "../../src/journal/write.js";
import { editIndexRows } from "../helpers/index-files.js";
import { tempDir } from "../helpers/temp.js";

// Root reads any file whatever its mode, so a read that fails is staged: the first reading of the
// journal cannot read one file, the second can.
const failing = new Set<string>();
vi.mock("../../src/journal/parse-files.js", async (original) => {
  const real = await original<typeof import("../../src/journal/parse-files.js")>();
  return {
    parseFiles: (...[paths, onBatch, keys]: Parameters<typeof real.parseFiles>): Promise<void> =>
      real.parseFiles(
        paths,
        (results, first) =>
          onBatch(
            results.map((r, i): ParsedFile => {
              const file = paths[first + i]!;
              return failing.has(file) ? { ok: false, invalid: { path: file, problem: "unreadable", reason: "cannot be read (EACCES)" } } : r;
            }),
            first,
          ),
        keys,
      ),
  };
});

const { readJournal } = await import("../../src/journal/read.js");
const { saveEntry } = await import("../../src/journal/write.js");

afterEach(() => failing.clear());

const daily = (answer: string): NewEntry => ({
  kind: "daily",
  lang: "en",
  exercise: { id: "daily", version: 1 },
  answers: [
    { step: "mood", type: "rating", question: "How was today?", answer: 4 },
    { step: "good_moment", type: "text", question: "A good moment?", answer },
  ],
  actions: [],
});

function tempJournal() {
  const dir = tempDir("read-index-");
  return { journal: path.join(dir, "journal"), cacheDir: path.join(dir, "cache") };
}

/** The index folder of the first (or only) reader's key in the cache. */
function indexDir(cacheDir: string): string {
  const root = path.join(cacheDir, "index");
  return path.join(root, fs.readdirSync(root)[0]!);
}

/** Each index file by name, with its inode: a file written again (atomically) gets a new one. */
function indexFiles(cacheDir: string): Map<string, number> {
  const dir = indexDir(cacheDir);
  return new Map(fs.readdirSync(dir).map((n) => [n, fs.statSync(path.join(dir, n)).ino]));
}

describe("the index of a journal", () => {
  it("gives the very entries a full parse gives, answers included", async () => {
    const { journal, cacheDir } = tempJournal();
    for (let m = 0; m < 3; m++) await saveEntry(journal, daily(`moment ${m}`), new Date(2026, 8 + m, 3, 9));
    // Every optional field, so that the keys' order is held against a parse's too.
    const full: NewEntry = { ...daily("all of it"), kind: "debrief", exercise: { id: "debrief", version: 1 }, customer: "Acme BV", links: { prep: "2026-10-01T0900-prep-acme-bv" }, focus: "perspective", flags: ["coach"], tags: ["q1"] };
    await saveEntry(journal, { ...full, actions: [{ id: "ab12", text: "Call back", due: "2026-10-09", done: false }] }, new Date(2026, 9, 8, 9));
    const truth = await readJournal(journal);
    expect(truth.entries).toHaveLength(4);
    await readJournal(journal, { cacheDir });
    const indexed = await readJournal(journal, { cacheDir });
    expect(JSON.stringify(indexed)).toBe(JSON.stringify(truth));
    expect(indexed.entries.map((e) => e.entry.answers)).toStrictEqual(truth.entries.map((e) => e.entry.answers));
  });

  it("puts entries in time order when their names' order is not, as with other time zones", async () => {
    const { journal, cacheDir } = tempJournal();
    const at = (file: string, time: string) => fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^createdAt: .*$/m, `createdAt: "${time}"`));
    const first = await saveEntry(journal, daily("first by name"), new Date(2026, 10, 3, 9));
    const second = await saveEntry(journal, daily("second by name"), new Date(2026, 10, 3, 10));
    const third = await saveEntry(journal, daily("third by name"), new Date(2026, 10, 3, 11));
    // 09:00 at UTC−12 is 21:00 UTC: after the others, which are in one zone and compare as text.
    at(first.path, "2026-11-03T09:00:00-12:00");
    at(second.path, "2026-11-03T10:00:00+00:00");
    at(third.path, "2026-11-03T11:00:00+00:00");
    const ids = [second.entry.id, third.entry.id, first.entry.id];
    expect((await readJournal(journal)).entries.map((e) => e.entry.id)).toEqual(ids);
    await readJournal(journal, { cacheDir });
    expect((await readJournal(journal, { cacheDir })).entries.map((e) => e.entry.id)).toEqual(ids);
  });

  it("removes the whole-journal cache of earlier versions when it is first built", async () => {
    const { journal, cacheDir } = tempJournal();
    await saveEntry(journal, daily("moment"), new Date(2026, 8, 3, 9));
    const { indexDir } = await import("../../src/journal/index-store.js");
    const legacy = path.join(cacheDir, "journals", path.basename(indexDir(cacheDir, journal)));
    fs.mkdirSync(path.dirname(legacy), { recursive: true });
    for (const f of [`${legacy}.json`, `${legacy}.customers.json`]) fs.writeFileSync(f, "{}");
    await readJournal(journal, { cacheDir });
    expect(fs.readdirSync(path.dirname(legacy))).toEqual([]);
  });

  it("sees a hand edit made in place with the same size and the time put back", async () => {
    const { journal, cacheDir } = tempJournal();
    const saved = await saveEntry(journal, daily("Ilse called back"), new Date(2026, 10, 24, 9));
    const before = fs.statSync(saved.path, { bigint: true });
    expect((await readJournal(journal, { cacheDir })).entries[0]!.entry.answers[1]!.answer).toBe("Ilse called back");
    // Rewritten in place (same inode), same length, and its times set back as they were.
    const fd = fs.openSync(saved.path, "r+");
    const text = fs.readFileSync(saved.path, "utf8").replace("Ilse called back", "Anna called back");
    fs.writeSync(fd, text, 0, "utf8");
    fs.closeSync(fd);
    // To the nanosecond, which fs.utimes cannot do.
    const ns = before.mtimeNs;
    execFileSync("touch", ["-m", "-d", `@${ns / 10n ** 9n}.${String(ns % 10n ** 9n).padStart(9, "0")}`, saved.path]);
    const after = fs.statSync(saved.path, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    expect((await readJournal(journal, { cacheDir })).entries[0]!.entry.answers[1]!.answer).toBe("Anna called back");
  });

  it("writes again only the month where a file was added, changed or removed", async () => {
    const { journal, cacheDir } = tempJournal();
    const files = [];
    for (let m = 0; m < 4; m++) files.push(await saveEntry(journal, daily(`moment ${m}`), new Date(2026, 6 + m, 3, 9)));
    await readJournal(journal, { cacheDir });
    const first = indexFiles(cacheDir);
    expect([...first.keys()].filter((n) => /^\d{4}-\d{2}\.json$/.test(n)).sort()).toEqual(["2026-07.json", "2026-08.json", "2026-09.json", "2026-10.json"]);

    await saveEntry(journal, daily("another"), new Date(2026, 7, 20, 9));
    fs.rmSync(files[2]!.path);
    const { entries } = await readJournal(journal, { cacheDir });
    expect(entries.map((e) => e.entry.answers[1]!.answer)).toEqual(["moment 0", "moment 1", "another", "moment 3"]);
    const second = indexFiles(cacheDir);
    expect(second.get("2026-07.json")).toBe(first.get("2026-07.json"));
    expect(second.get("2026-10.json")).toBe(first.get("2026-10.json"));
    expect(second.get("2026-08.json")).not.toBe(first.get("2026-08.json"));
    expect(second.has("2026-09.json")).toBe(false);
    // A warm read with nothing changed writes nothing at all.
    await readJournal(journal, { cacheDir });
    expect(indexFiles(cacheDir)).toEqual(second);
  });

  it("reads again a file changed in the same moment its month's index was written", async () => {
    const { journal, cacheDir } = tempJournal();
    const saved = await saveEntry(journal, daily("first words"), new Date(2026, 10, 24, 9));
    await readJournal(journal, { cacheDir });
    // The race git calls "racy": the file changes in the tick the index is written, so the index
    // holds the old reading under the new stat data. Staged here by giving the index the new
    // file's stat data and the file's own time.
    fs.writeFileSync(saved.path, fs.readFileSync(saved.path, "utf8").replace("first words", "other words"));
    const st = fs.statSync(saved.path);
    const head = path.join(cacheDir, "index", fs.readdirSync(path.join(cacheDir, "index"))[0]!, "2026-11.json");
    editIndexRows(head, (rows) => rows[0]!.splice(1, 4, st.size, st.mtimeMs, st.ctimeMs, st.ino), { atMs: Math.max(st.mtimeMs, st.ctimeMs), asWritten: true });
    expect((await readJournal(journal, { cacheDir })).entries[0]!.entry.answers[1]!.answer).toBe("other words");
  });

  it("rebuilds a month whose answers file was damaged, and gives the files' answers", async () => {
    const { journal, cacheDir } = tempJournal();
    await saveEntry(journal, daily("kept words"), new Date(2026, 10, 24, 9));
    await readJournal(journal, { cacheDir });
    const dir = indexDir(cacheDir);
    for (const name of fs.readdirSync(dir)) if (name.endsWith(".answers.json")) fs.writeFileSync(path.join(dir, name), "{ half");
    expect((await readJournal(journal, { cacheDir })).entries[0]!.entry.answers[1]!.answer).toBe("kept words");
    expect((await readJournal(journal, { cacheDir })).entries[0]!.entry.answers[1]!.answer).toBe("kept words");
  });

  it("says so in one line when an entry's file goes away between the read and its answers", async () => {
    const { journal, cacheDir } = tempJournal();
    const saved = await saveEntry(journal, daily("kept words"), new Date(2026, 10, 24, 9));
    await readJournal(journal, { cacheDir });
    const { entries } = await readJournal(journal, { cacheDir });
    // The answers are read on first use: the body is found damaged (same size), the file is gone.
    const dir = indexDir(cacheDir);
    for (const name of fs.readdirSync(dir)) if (name.endsWith(".answers.json")) fs.writeFileSync(path.join(dir, name), " ".repeat(fs.statSync(path.join(dir, name)).size));
    fs.rmSync(saved.path);
    expect(() => entries[0]!.entry.answers.length).toThrow(expect.objectContaining({ name: "UserError", message: expect.stringMatching(/went away while it was read; run the command again$/) }));
  });

  it("reads again a file whose row in the index was damaged by hand", async () => {
    const { journal, cacheDir } = tempJournal();
    await saveEntry(journal, daily("first words"), new Date(2026, 10, 24, 9));
    await saveEntry(journal, daily("second words"), new Date(2026, 10, 25, 9));
    const truth = JSON.stringify(await readJournal(journal));
    await readJournal(journal, { cacheDir });
    const head = path.join(indexDir(cacheDir), "2026-11.json");
    editIndexRows(head, (rows) => {
      rows[0]![5] = "not a head";
      rows[1]![6] = null;
    });
    expect(JSON.stringify(await readJournal(journal, { cacheDir }))).toBe(truth);
    expect(JSON.stringify(await readJournal(journal, { cacheDir }))).toBe(truth);
  });

  it("gives the focus its ratings from the index, without reading any answers file", async () => {
    const { chooseFocus } = await import("../../src/insights/focus.js");
    const { journal, cacheDir } = tempJournal();
    const debrief = (rating: number | string, type = "rating"): NewEntry => ({
      ...daily("long free text"),
      kind: "debrief",
      exercise: { id: "debrief", version: 1 },
      answers: [{ step: "reflect", type, question: "Did you reflect?", answer: rating }],
      focus: "reflect",
    });
    // A hand edit may give a number under another type, or free text under the rating's step.
    await saveEntry(journal, debrief(2), new Date(2026, 9, 3, 9));
    await saveEntry(journal, debrief(4, "scale"), new Date(2026, 10, 3, 9));
    await saveEntry(journal, debrief("very well", "text"), new Date(2026, 10, 5, 9));
    const skills = [{ id: "reflect", min: 1, max: 5 }];
    const truth = chooseFocus((await readJournal(journal)).entries.map((e) => e.entry), skills);
    await readJournal(journal, { cacheDir });
    const { entries } = await readJournal(journal, { cacheDir });
    const dir = indexDir(cacheDir);
    for (const name of fs.readdirSync(dir)) if (name.endsWith(".answers.json")) fs.rmSync(path.join(dir, name));
    expect(chooseFocus(entries.map((e) => e.entry), skills)).toEqual(truth);
    expect(truth).toMatchObject({ skill: "reflect", average: 3, n: 2 });
  });

  it("does not remember a file that could not be read, so it is read once it can be", async () => {
    const { journal, cacheDir } = tempJournal();
    const at = (h: number) => new Date(2026, 10, 24, h, 0);
    const entry: NewEntry = { kind: "daily", lang: "en", exercise: { id: "daily", version: 1 }, answers: [], actions: [] };
    const kept = await saveEntry(journal, entry, at(9));
    const locked = await saveEntry(journal, entry, at(10));
    failing.add(locked.path);

    const first = await readJournal(journal, { cacheDir });
    expect(first.entries.map((e) => e.path)).toEqual([kept.path]);
    expect(first.invalid).toMatchObject([{ path: locked.path, problem: "unreadable" }]);

    failing.clear(); // the owner made it readable: same size, same time, same inode
    const second = await readJournal(journal, { cacheDir });
    expect(second.entries.map((e) => e.path)).toEqual([kept.path, locked.path]);
    expect(second.invalid).toEqual([]);
  });
});

describe("the index of an encrypted journal", () => {
  it("is sealed to the reader, rebuilt when damaged, and started again for another identity", async () => {
    const { newIdentity, recipientOf } = await import("../../src/crypto/age.js");
    const { writeRecipients } = await import("../../src/crypto/recipients.js");
    const { journal, cacheDir } = tempJournal();
    const [mine, coach] = [await newIdentity(), await newIdentity()];
    await writeRecipients(journal, [await recipientOf(mine), await recipientOf(coach)]);
    for (let m = 0; m < 2; m++) await saveEntry(journal, daily(`secret ${m}`), new Date(2026, 9 + m, 3, 9));
    const truth = await readJournal(journal, { keys: async () => [mine] });
    const read = (key: string) => readJournal(journal, { cacheDir, keys: async () => [key] });
    await read(mine);
    expect(JSON.stringify(await read(mine))).toBe(JSON.stringify(truth));
    const dir = indexDir(cacheDir);
    const files = fs.readdirSync(dir);
    expect(files.filter((n) => !n.endsWith(".age"))).toEqual([]);
    // A month's file flipped by one bit, or swapped for another month's, is not trusted.
    const head = path.join(dir, "2026-10.json.age");
    const bytes = fs.readFileSync(head);
    bytes[bytes.length - 3]! ^= 1;
    fs.writeFileSync(head, bytes);
    fs.copyFileSync(path.join(dir, "2026-10.json.age"), path.join(dir, "2026-11.json.age"));
    expect(JSON.stringify(await read(mine))).toBe(JSON.stringify(truth));
    // The coach has an index of their own, sealed to them.
    expect(JSON.stringify(await read(coach))).toBe(JSON.stringify(truth));
    expect(fs.readdirSync(path.join(cacheDir, "index"))).toHaveLength(2);
    // A new entry written without any key is picked up by the next reader.
    await saveEntry(journal, daily("secret 2"), new Date(2026, 10, 20, 9));
    expect((await read(mine)).entries.map((e) => e.entry.answers[1]!.answer)).toEqual(["secret 0", "secret 1", "secret 2"]);
  });
});
