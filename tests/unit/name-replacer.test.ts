import { describe, expect, it } from "vitest";
import { coreName, nameReplacer } from "../../src/review/name-replacer.js";

const replacer = (customers: Record<string, string[]>) => nameReplacer(new Map(Object.entries(customers)), "Customer");

describe("nameReplacer", () => {
  it("finds a name whatever its case and accents, and replaces all that was written", () => {
    const scrub = replacer({ "Customer A": ["Zoë Bakker BV"] });
    expect(scrub("Called ZOE BAKKER bv today")).toBe("Called Customer A today");
    // Written with a separate accent mark (as some keyboards do): the mark goes with the name.
    expect(scrub("Café first, then Zoe\u0308 Bakker BV.")).toBe("Café first, then Customer A.");
    expect(scrub("Zoë  Bakker\u00a0BV")).toBe("Customer A");
  });

  it("finds letters that have no accent to drop, curly apostrophes and names with hidden characters", () => {
    const scrub = replacer({ A: ["Łukasz Ørsted"], B: ["O'Brien Ltd"], C: ["Straße"], D: ["Işık"] });
    expect(scrub("Lukasz Orsted, O’Brien Ltd, STRASSE, Işik, Stra\u00adße")).toBe("A, B, C, D, C");
  });

  it("keeps symbols after a name where they were", () => {
    const scrub = replacer({ "Customer A": ["Acme"], "Customer B": ["Delta BV"], "Customer C": ["Bloem 🌷 BV"] });
    expect(scrub("Acme™ called; Acme℠ and Delta BV™, ½ Acme")).toBe("Customer A™ called; Customer A℠ and Customer B™, ½ Customer A");
    expect(scrub("🌷 Bloem 🌷 bv 🌷")).toBe("🌷 Customer C 🌷");
  });

  it("finds a company's name without its legal form when written with its capitals", () => {
    const scrub = replacer({ "Customer A": ["Acme BV"], "Customer B": ["Bakker & Co"], "Customer C": ["Van den Berg B.V."] });
    expect(scrub("Acme wants a quote; ask ACME B.V. about it")).toBe("Customer A wants a quote; ask Customer A about it");
    expect(scrub("Bakker called; the bakker next door did not")).toBe("Customer B called; the bakker next door did not");
    expect(scrub("van den Berg, VAN DEN BERG")).toBe("Customer C, Customer C");
  });

  it("finds a short form in any case when the customer was typed without capitals", () => {
    expect(replacer({ "Customer A": ["acme bv"] })("a buyer at acme said, Acme too")).toBe("a buyer at Customer A said, Customer A too");
  });

  it("takes along only the customer's own legal form, never the words after a name", () => {
    expect(replacer({ A: ["Acme Inc."] })("Acme limited the discount; Acme, co-founder Piet")).toBe("A limited the discount; A, co-founder Piet");
    expect(replacer({ A: ["Bakker BV"] })("Bakker cv-ketel vervangen, Bakker co-financiert")).toBe("A cv-ketel vervangen, A co-financiert");
    expect(replacer({ A: ["Acme BV"] })("Ik sprak Acme, bv. over de prijs")).toBe("Ik sprak A, bv. over de prijs");
  });

  it("touches whole words only, also next to accented letters", () => {
    const scrub = replacer({ "Customer A": ["Tel BV"], "Customer B": ["Al"] });
    expect(scrub("Hôtel lobby, Ho\u0302tel bar, Tel and also Al")).toBe("Hôtel lobby, Ho\u0302tel bar, Customer A and also Customer B");
  });

  it("tells apart customers whose names differ only in their legal form", () => {
    const scrub = replacer({ A: ["Acme BV"], B: ["Acme NV"], C: ["Delta"], D: ["Delta BV"], E: ["Delta NV"] });
    expect(scrub("Acme NV, Acme B.V., and Acme")).toBe("B, A, and Customer");
    expect(scrub("Delta B.V. and Delta N.V. are not Delta")).toBe("D and E are not C");
  });

  it("keeps a short form only when it still reads as a name", () => {
    expect(coreName("Acme, Inc.")).toEqual({ core: "Acme", legal: "Inc" });
    expect(coreName("Van Dijk B.V.")).toEqual({ core: "Van Dijk", legal: "BV" });
    expect(coreName("AB BV")).toBeUndefined();
    expect(coreName("Jan de Vries")).toBeUndefined();
  });

  // Finding 6: "Ørsted A/S", "Łódź Sp. z o.o." and "Dr. Oetker KG" appeared by their short names
  // in anonymized outputs, the hand-written list of legal forms lacking A/S, Sp. z o.o. and KG.
  it("knows the legal forms of the ISO 20275 code list", () => {
    expect(coreName("Ørsted A/S")).toEqual({ core: "Ørsted", legal: "A/S" });
    expect(coreName("Łódź Sp. z o.o.")).toEqual({ core: "Łódź", legal: "Spzoo" });
    expect(coreName("Dr. Oetker KG")).toEqual({ core: "Dr. Oetker", legal: "KG" });
    for (const [name, form] of [["Nokia Oyj", "Oyj"], ["Volvo AB", "AB"], ["Fiat S.p.A.", "SpA"], ["Bosch GmbH & Co. KG", "GmbHCoKG"]] as const)
      expect(coreName(name)?.legal, name).toBe(form);
    const scrub = replacer({ A: ["Ørsted A/S"], B: ["Łódź Sp. z o.o."], C: ["Dr. Oetker KG"] });
    expect(scrub("Ørsted wants it; Łódź too, and Dr. Oetker KG. Orsted A/S signed.")).toBe("A wants it; B too, and C. A signed.");
  });

  // Finding 6: "An apple a day" became "An Customer Q a day" for a customer "Apple".
  it("finds a one-word name typed with capitals only with one, so ordinary words stay", () => {
    const scrub = replacer({ Q: ["Apple"], R: ["Shell Nederland"], S: ["bol"] });
    expect(scrub("An apple a day; Apple called, APPLE too")).toBe("An apple a day; Q called, Q too");
    expect(scrub("shell nederland and a shell")).toBe("R and a shell");
    expect(scrub("via bol of Bol")).toBe("via S of S");
  });

  it("leaves a text without names as it is", () => {
    expect(replacer({})("Acme BV")).toBe("Acme BV");
    expect(replacer({ "Customer A": ["", "  ", "!"] })("Acme BV!")).toBe("Acme BV!");
  });

  it("finds names among thousands of customers", () => {
    const customers = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`C${i}`, [i % 2 ? `Visser Bouw ${i} BV` : `Anna de Boer ${i}`]]));
    const scrub = replacer(customers);
    const text = "Ze wilde zekerheid over de levering; ik heb eerst geluisterd. Visser Bouw 7 belde, en Anna de Boer 2998 ook. ".repeat(20);
    const out = scrub(text);
    expect(out).not.toMatch(/Visser Bouw 7 |Anna de Boer 2998/);
    expect(out).toContain("Ze wilde zekerheid over de levering");
  });
});
