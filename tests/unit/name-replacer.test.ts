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

  it("finds a company's name without its legal form, as written, but not the plain word", () => {
    const scrub = replacer({ "Customer A": ["Acme BV"], "Customer B": ["Bakker & Co"] });
    expect(scrub("Acme wants a quote; ask Acme B.V. about it")).toBe("Customer A wants a quote; ask Customer A about it");
    expect(scrub("Bakker called; the bakker next door did not")).toBe("Customer B called; the bakker next door did not");
  });

  it("touches whole words only, also next to accented letters", () => {
    const scrub = replacer({ "Customer A": ["Tel BV"], "Customer B": ["Al"] });
    expect(scrub("Hôtel lobby, Ho\u0302tel bar, Tel and also Al")).toBe("Hôtel lobby, Ho\u0302tel bar, Customer A and also Customer B");
  });

  it("gives a short form two customers share to neither, and a customer's own short name to that customer", () => {
    const scrub = replacer({ "Customer A": ["Acme BV"], "Customer B": ["Acme NV"], "Customer C": ["Delta"], "Customer D": ["Delta BV"] });
    expect(scrub("Acme NV, Acme BV, and Acme")).toBe("Customer B, Customer A, and Customer");
    expect(scrub("Delta BV is not Delta")).toBe("Customer D is not Customer C");
  });

  it("keeps a short form only when it still reads as a name", () => {
    expect(coreName("Acme, Inc.")).toBe("Acme");
    expect(coreName("Van Dijk B.V.")).toBe("Van Dijk");
    expect(coreName("AB BV")).toBeUndefined();
    expect(coreName("Jan de Vries")).toBeUndefined();
  });

  it("leaves a text without names as it is", () => {
    expect(replacer({})("Acme BV")).toBe("Acme BV");
    expect(replacer({ "Customer A": ["", "  "] })("Acme BV")).toBe("Acme BV");
  });
});
