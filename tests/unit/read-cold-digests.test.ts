/** A cold read for a report over a window: the months before it come as digests, worked out as they are parsed. */
import { describe, expect, it } from "vitest";
import { readCustomerIndex } from "../../src/journal/customer-index.js";
import { monthDigest } from "../../src/journal/month-digest.js";
import { knownCustomers } from "../../src/journal/queries.js";
import { readJournal, type JournalContents } from "../../src/journal/read.js";
import { monthlyJournal } from "../helpers/monthly-journal.js";

const BEFORE = "2026-05-01";

/** Some 600 entries over ten months, customers spelled anew now and then, one file not an entry. */
const journal = () => monthlyJournal({ firstYear: 2026, months: 10, perMonth: 60, broken: { "2026/02/2026-02-03T0900-daily.yaml": "schema: 1\nid: [not, an, id\n" } });

/** What a read gives besides its digests, as the files' paths and entries' JSON. */
const shown = (c: JournalContents) => ({ entries: JSON.stringify(c.entries), invalid: c.invalid.map((f) => f.path) });

describe("a cold read through digests", () => {
  it("gives the window's entries and, for each month before it, the digest of its entries", async () => {
    const { journal: j, cacheDir } = await journal();
    const all = await readJournal(j);
    const months = [...new Set(all.entries.map((e) => e.entry.createdAt.slice(0, 7)))].filter((m) => m < BEFORE.slice(0, 7));
    const digests = months.map((m) => monthDigest(all.entries.filter((e) => e.entry.createdAt.startsWith(m)).map((e) => e.entry)));
    const window = { ...all, entries: all.entries.filter((e) => e.entry.createdAt >= BEFORE) };

    const cold = await readJournal(j, { digestsBefore: BEFORE });
    expect(cold.earlier).toEqual(digests);
    expect(shown(cold)).toEqual(shown(window));

    // The first read beside a cache does the same, and writes what completion offers from every month.
    const first = await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    expect(first.earlier).toEqual(digests);
    expect(shown(first)).toEqual(shown(window));
    expect(readCustomerIndex(cacheDir, j)).toEqual(knownCustomers(all.entries));
    const warm = await readJournal(j, { cacheDir, digestsBefore: BEFORE });
    expect(warm.earlier).toEqual(digests);
    expect(shown(warm)).toEqual(shown(window));
  });
});
