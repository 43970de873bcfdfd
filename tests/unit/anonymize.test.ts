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

describe("anonymizeEntries", () => {
  it("touches whole words only, never the inside of another word", () => {
    const { journals } = anonymizeEntries([[entry("Al", "also Al, and Alberto"), entry("Tel BV", "Hôtel lobby, Tel BV", "1200")]]);
    expect(journals[0]![0]!.answers[0]!.answer).toBe("also Customer A, and Alberto");
    expect(journals[0]![1]!.answers[0]!.answer).toBe("Hôtel lobby, Customer B");
  });

  it("scrubs names from any text of the report, such as the reason a file was skipped", () => {
    const { scrub } = anonymizeEntries([[entry("Zoë Bakker BV", "")]]);
    expect(scrub('the customer "Zoë Bakker BV" is not known')).toBe('the customer "Customer A" is not known');
  });
});
