import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJournal } from "../../src/demo/generate.js";
import { writeEntries } from "../../src/demo/write.js";
import { loadExercises, loadMenus, pickExercise } from "../../src/exercises/load.js";
import type { Entry } from "../../src/journal/entry.js";
import { plainEntryPath } from "../../src/journal/naming.js";
import { readJournal, type JournalContents } from "../../src/journal/read.js";
import { heldNotes } from "../../src/review/held-notes.js";
import type { CoachNote } from "../../src/review/notes.js";

const BEFORE = "2026-09-01";
let root: string;
let journal: string;
let all: Entry[];
/** The journal read as a review of weeks reads it: the months before BEFORE as digests. */
let windowed: JournalContents;

const note = (entry: string): CoachNote => ({ entry, text: `about ${entry}`, at: "2026-11-20T10:00" });

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "empathy-held-"));
  journal = path.join(root, "anna");
  const [{ exercises }, menus] = await Promise.all([loadExercises(), loadMenus()]);
  const byId = { prep: pickExercise(exercises, "prep"), debrief: pickExercise(exercises, "debrief"), daily: pickExercise(exercises, "daily") };
  all = await generateJournal({ seed: 3, lang: "en", until: "2026-11-20", entries: 900, exercises: byId, menus });
  await writeEntries(journal, all);
  // An entry the read cannot use, in a month before the window.
  const broken = all.find((e) => e.createdAt < "2026-06")!;
  fs.writeFileSync(plainEntryPath(journal, broken.id), "schema: 1\nkind: [daily\n");
  // Files strictly older than the index, which may then answer (and digest) for them.
  await new Promise((r) => setTimeout(r, 20));
  const cacheDir = path.join(root, "cache");
  await readJournal(journal, { cacheDir });
  windowed = await readJournal(journal, { cacheDir, digestsBefore: BEFORE });
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("heldNotes: the coach's notes on entries a journal holds", () => {
  it("keeps a note on an entry in a month that came as a digest, told by its file", () => {
    expect(windowed.earlier?.length).toBeGreaterThan(0);
    const read = new Set(windowed.entries.map((e) => e.entry.id));
    const old = all.filter((e) => !read.has(e.id) && fs.readFileSync(plainEntryPath(journal, e.id), "utf8").includes("answers"));
    expect(old.length).toBeGreaterThan(10);
    const recent = windowed.entries.at(-1)!.entry.id;
    const notes = [note(old[0]!.id), note(recent), note(old[5]!.id)];
    expect(heldNotes(journal, windowed, notes)).toEqual(notes);
  });

  it("leaves out notes on files the read could not use, on no file, and on another journal's entries", () => {
    const broken = windowed.invalid.find((f) => f.path.endsWith(".yaml"))!;
    const id = path.basename(broken.path, ".yaml");
    const kept = note(all.at(-1)!.id);
    const notes = [note(id), note(`${id.slice(0, 15)}-prep-nobody`), kept, note("../../anna/2026/11/x"), note("")];
    expect(heldNotes(journal, windowed, notes)).toEqual([kept]);
  });

  it("gives the same notes as a whole read of the journal", async () => {
    const whole = await readJournal(journal, { cacheDir: path.join(root, "cache") });
    expect(whole.earlier).toBeUndefined();
    const notes = [...all.filter((_, i) => i % 17 === 0).map((e) => note(e.id)), note("2026-01-01T0000-daily-gone")];
    expect(heldNotes(journal, windowed, notes)).toEqual(heldNotes(journal, whole, notes));
    const ids = new Set(whole.entries.map((e) => e.entry.id));
    expect(heldNotes(journal, whole, notes)).toEqual(notes.filter((n) => ids.has(n.entry)));
  });

  it("says only a whole read can tell when an encrypted file may hold the entry", () => {
    const dir = path.join(root, "sealed", "2025", "03");
    fs.mkdirSync(dir, { recursive: true });
    const sealedFile = path.join(dir, "2025-03-04T0930-debrief-k3j9x2.yaml.age");
    fs.writeFileSync(sealedFile, "age");
    const contents: JournalContents = { entries: [], invalid: [], earlier: [], statOf: (p) => (p === sealedFile ? [3, 0, 0, 1] : undefined) };
    const sealedJournal = path.join(root, "sealed");
    expect(heldNotes(sealedJournal, contents, [note("2025-03-04T0930-debrief-acme")])).toBeUndefined();
    // Another time or kind, or a file the read did not see or could not use, cannot be the entry.
    expect(heldNotes(sealedJournal, contents, [note("2025-03-04T0930-prep-acme"), note("2025-03-04T0931-debrief-acme")])).toEqual([]);
    const unusable = { ...contents, invalid: [{ path: sealedFile, problem: "encrypted" as const, reason: "x" }] };
    expect(heldNotes(sealedJournal, unusable, [note("2025-03-04T0930-debrief-acme")])).toEqual([]);
  });
});
