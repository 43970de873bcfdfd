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

const prepWith = (customer: string, who: string, at: string): Entry => ({
  ...entry(customer, "", at),
  id: `2026-11-20T${at}-prep-x`,
  kind: "prep",
  answers: [{ step: "who", type: "text", question: "Who?", answer: who }],
});

describe("anonymizeEntries: contacts", () => {
  const journal = [
    prepWith("Acme BV", "Ilse Bakker, project lead at Acme", "0900"),
    prepWith("Van Dijk Logistiek", "Mark van Dijk, buyer", "0930"),
    prepWith("Delta", "The CFO of Delta", "0945"),
    prepWith("Studio Lente", "Rob", "0950"),
    entry("Acme BV", "Ilse laughed when I named her worry; Bakker agreed. The bakker next door, ILSE BAKKER too, not ilse bakker. Rob will rob nobody.", "1000"),
    entry("Van Dijk Logistiek", "Mark van Dijk called; Mark is fine, Van Dijk Logistiek too. Ilsebeth came by.", "1010"),
  ];

  it("replaces the contact of a prep's who answer, and its first and last name as whole words with a capital", () => {
    const { journals } = anonymizeEntries([journal], "Customer", "Contact");
    const [acme, vanDijk, delta, lente, later, other] = journals[0]!;
    expect(acme!.answers[0]!.answer).toBe("Contact A, project lead at Customer A");
    expect(vanDijk!.answers[0]!.answer).toBe("Contact B, buyer");
    // A role names nobody: the customer in it is replaced as the customer.
    expect(delta!.answers[0]!.answer).toBe("The CFO of Customer C");
    expect(lente!.answers[0]!.answer).toBe("Contact C");
    expect(later!.answers[0]!.answer).toBe("Contact A laughed when I named her worry; Contact A agreed. The bakker next door, Contact A too, not ilse bakker. Contact C will rob nobody.");
    expect(other!.answers[0]!.answer).toBe("Contact B called; Contact B is fine, Customer B too. Ilsebeth came by.");
  });

  it("gives a first name two contacts share to neither, and leaves a customer's name to the customer", () => {
    const two = [prepWith("Acme BV", "Jan Smit, buyer", "0900"), prepWith("Delta", "Jan de Wit (finance)", "0910"), prepWith("Acme BV", "Acme", "0920"), entry("Delta", "Jan and Smit and De Wit, then Acme.", "1000")];
    const { journals } = anonymizeEntries([two], "Klant", "Contactpersoon");
    expect(journals[0]![3]!.answers[0]!.answer).toBe("Contactpersoon and Contactpersoon A and Contactpersoon B, then Klant A.");
  });
});
