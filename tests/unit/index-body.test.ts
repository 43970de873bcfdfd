import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unpackAnswers } from "../../src/journal/answer-tuples.js";
import { readJournal } from "../../src/journal/read.js";
import { saveEntry, type NewEntry } from "../../src/journal/write.js";
import { editIndexBody } from "../helpers/index-files.js";

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

/** A journal of two months, its index built, and the body files of that index. */
async function indexedJournal() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "index-body-"));
  const journal = path.join(dir, "journal");
  const cacheDir = path.join(dir, "cache");
  await saveEntry(journal, daily("Ilse called back"), new Date(2026, 9, 3, 9));
  await saveEntry(journal, daily("Anna laughed"), new Date(2026, 10, 3, 9));
  await readJournal(journal, { cacheDir });
  const index = path.join(cacheDir, "index", fs.readdirSync(path.join(cacheDir, "index"))[0]!);
  const bodies = () => fs.readdirSync(index).filter((n) => n.includes(".answers.")).sort();
  return { journal, cacheDir, index, bodies };
}

const answersOf = async (journal: string, cacheDir?: string) => (await readJournal(journal, cacheDir ? { cacheDir } : {})).entries.map((e) => e.entry.answers);

describe("an index body edited by hand", () => {
  it("gives the answers of its files, and is written anew by the next read", async () => {
    const { journal, cacheDir, index, bodies } = await indexedJournal();
    const truth = await answersOf(journal);
    const [october, november] = bodies();
    // The rating as text: the same length once the question loses two letters.
    editIndexBody(path.join(index, october!), (b) => void (b.answers[Object.keys(b.answers)[0]!]![0]![3] = "4"));
    expect(await answersOf(journal, cacheDir)).toStrictEqual(truth);
    // The damaged body is gone; November's, sound, is kept as it was.
    expect(bodies()).toEqual([november]);
    expect(await answersOf(journal, cacheDir)).toStrictEqual(truth);
    const written = bodies();
    expect(written).toHaveLength(2);
    expect(written).toContain(november);
    expect(await answersOf(journal, cacheDir)).toStrictEqual(truth);
    expect(bodies()).toEqual(written);
  });

  it("counts a body cut to its length but not parsing as damaged", async () => {
    const { journal, cacheDir, index, bodies } = await indexedJournal();
    const truth = await answersOf(journal);
    const file = path.join(index, bodies()[0]!);
    fs.writeFileSync(file, "x".repeat(fs.statSync(file).size));
    expect(await answersOf(journal, cacheDir)).toStrictEqual(truth);
  });
});

describe("unpacking answers", () => {
  it("refuses a tuple whose question is not in the table", () => {
    expect(unpackAnswers([["mood", "rating", 0, 4]], ["How was today?"])).toEqual([{ step: "mood", type: "rating", question: "How was today?", answer: 4 }]);
    expect(() => unpackAnswers([["mood", "rating", 1, 4]], ["How was today?"])).toThrow();
    expect(() => unpackAnswers([["mood", "rating", 0.5, 4]], ["How was today?"])).toThrow();
  });
});
