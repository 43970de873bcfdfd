import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/journal/entry.js";
import { anonymizeEntries } from "../../src/review/anonymize.js";

const entry = (customer: string, answer: string, at = "1100"): Entry => ({
  schema: 1,
  id: `2026-11-24T${at}-debrief-x`,
  kind: "debrief",
  createdAt: `2026-11-24T${at.slice(0, 2)}:${at.slice(2)}:00+01:00`,
  lang: "en",
  customer,
  exercise: { id: "debrief", version: 1 },
  answers: [{ step: "notes", type: "text", question: "Notes?", answer }],
  actions: [],
});

const answerOf = (e: Entry) => e.answers[0]!.answer;

describe("anonymizeEntries", () => {
  it("replaces a customer however the name is written: accents, case, spacing, slug, without the legal form", () => {
    const { journals } = anonymizeEntries([
      [entry("Zoë Bakker BV", "Zoe Bakker BV, Zoë  Bakker BV, ZOË BAKKER bv, zoe-bakker-bv and zoë-bakker all called"), entry("Acme B.V.", "Ilse at Acme said Acme's office moved", "1200")],
    ]);
    expect(answerOf(journals[0]![0]!)).toBe("Customer A, Customer A, Customer A, Customer A and Customer A all called");
    expect(answerOf(journals[0]![1]!)).toBe("Ilse at Customer B said Customer B's office moved");
    expect(journals[0]!.map((e) => e.customer)).toEqual(["Customer A", "Customer B"]);
  });

  it("touches whole words only, and keeps a short name whole", () => {
    const { journals } = anonymizeEntries([[entry("Al", "also Al, and Alberto"), entry("Co BV", "Co BV and co-workers", "1200")]]);
    expect(answerOf(journals[0]![0]!)).toBe("also Customer A, and Alberto");
    // "Co" alone is too short to stand for the customer: co-workers stays.
    expect(answerOf(journals[0]![1]!)).toBe("Customer B and co-workers");
  });

  it("scrubs names from any text of the report, such as the reason a file was skipped", () => {
    const { scrub } = anonymizeEntries([[entry("Zoë Bakker BV", "")]]);
    expect(scrub('id "2026-11-24T1100-debrief-zoe-bakker-bv" does not match the file name')).not.toMatch(/zo[eë]|bakker/i);
  });
});
