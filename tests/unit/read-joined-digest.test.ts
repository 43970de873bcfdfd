/** The oldest months before a window, kept as one digest beside their own: read warm, they give what the months give. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LEFT_OUT } from "../../src/journal/joined-digest.js";
import { joinDigests, monthDigest } from "../../src/journal/month-digest.js";
import { readJournal, type JournalContents } from "../../src/journal/read.js";
import { monthlyJournal } from "../helpers/monthly-journal.js";

const BEFORE = "2026-05-01";
/** The months before the window: 2024-01 to 2026-04. */
const MONTHS = 28;

/** Some 900 entries over 30 months, customers spelled anew now and then, two files not entries. */
const journal = () =>
  monthlyJournal({
    firstYear: 2024,
    months: 30,
    perMonth: 30,
    broken: { "2024/02/2024-02-03T0900-daily.yaml": "schema: 1\nid: [not, an, id\n", "2025/11/2025-11-03T0900-daily.yaml": "schema: [1\n" },
  });

/** What a read gives besides its digests, as the files' paths and entries' JSON. */
const shown = (c: JournalContents) => ({ entries: JSON.stringify(c.entries), invalid: c.invalid.map((f) => f.path).sort() });

/** The months before the window digested one by one from every entry, and the window's part of a whole read. */
async function expected(j: string) {
  const all = await readJournal(j);
  const months = [...new Set(all.entries.map((e) => e.entry.createdAt.slice(0, 7)))].filter((m) => m < BEFORE.slice(0, 7));
  const digests = months.map((m) => monthDigest(all.entries.filter((e) => e.entry.createdAt.startsWith(m)).map((e) => e.entry)));
  return { digests, window: { ...all, entries: all.entries.filter((e) => e.entry.createdAt >= BEFORE) } };
}

const joinedFile = (cacheDir: string) => {
  const index = path.join(cacheDir, "index");
  return path.join(index, fs.readdirSync(index)[0]!, "earlier.digest.json");
};

describe("the oldest months before a window as one digest", () => {
  it("is written by a read that digests them, and read in their place with the same result", async () => {
    const { journal: j, cacheDir } = await journal();
    const { digests, window } = await expected(j);
    expect(digests).toHaveLength(MONTHS);

    const first = await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    expect(first.earlier).toEqual(digests);
    expect(fs.existsSync(joinedFile(cacheDir))).toBe(true);

    const warm = await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    // One digest for the first 16 months, then each of the latest (LEFT_OUT, 12).
    expect(warm.earlier).toHaveLength(LEFT_OUT + 1);
    expect(warm.earlier!.slice(1)).toEqual(digests.slice(MONTHS - LEFT_OUT));
    expect(warm.earlier![0]).toEqual(joinDigests(digests.slice(0, MONTHS - LEFT_OUT)));
    // The skipped file of 2024-02 is told from the joined digest as from its month's.
    expect(shown(warm)).toEqual(shown(window));
    expect(warm.invalid.map((f) => path.relative(j, f.path))).toContain(path.join("2024", "02", "2024-02-03T0900-daily.yaml"));
  });

  it("stands for its months no longer once a file of one of them is changed in place, time put back", async () => {
    const { journal: j, cacheDir } = await journal();
    await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    const file = path.join(j, "2024", "03", fs.readdirSync(path.join(j, "2024", "03")).find((n) => n.includes("debrief"))!);
    const { atime, mtime } = fs.statSync(file);
    const text = fs.readFileSync(file, "utf8");
    // The same length: only the ctime tells.
    fs.writeFileSync(file, text.replace("worried", "anxious"));
    fs.utimesSync(file, atime, mtime);

    const { digests, window } = await expected(j);
    // The first read after a change reads every month (see read.ts), the next the months' digests.
    await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    const after = await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    expect(after.earlier).toEqual(digests);
    expect(JSON.stringify(after.earlier!.slice(0, 3))).toContain("anxious");
    expect(shown(after)).toEqual(shown(window));
    // Joined anew from the months as they are now.
    const again = await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    expect(again.earlier).toHaveLength(LEFT_OUT + 1);
    expect(again.earlier![0]).toEqual(joinDigests(digests.slice(0, MONTHS - LEFT_OUT)));
    expect(shown(again)).toEqual(shown(window));
  });

  it("is not read for a window that starts among its months, nor when damaged", async () => {
    const { journal: j, cacheDir } = await journal();
    await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    const earlyWindow = "2024-08-01";
    const all = await readJournal(j);
    const early = await readJournal(j, { cacheDir, digestsBefore: earlyWindow });
    expect(early.earlier).toHaveLength(7);
    expect(shown(early)).toEqual(shown({ ...all, entries: all.entries.filter((e) => e.entry.createdAt >= earlyWindow) }));
    // Kept for the windows it fits: a read of an earlier window does not join fewer months over it.
    expect((await readJournal(j, { cacheDir, digestsBefore: BEFORE })).earlier).toHaveLength(LEFT_OUT + 1);

    const { digests, window } = await expected(j);
    const file = joinedFile(cacheDir);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"Acme BV"', '"Evil BV"'));
    const damaged = await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    expect(damaged.earlier).toEqual(digests);
    expect(shown(damaged)).toEqual(shown(window));
    expect(fs.readFileSync(file, "utf8")).not.toContain("Evil BV");
  });
});
