import { describe, expect, it } from "vitest";
import { contactOf } from "../../src/review/contacts.js";

describe("contactOf: the person a prep's who answer names", () => {
  it.each([
    ["Ilse Bakker, project lead at Acme", "Ilse Bakker", ["Ilse Bakker", "Ilse", "Bakker"]],
    ["Ilse Bakker from Acme", "Ilse Bakker", ["Ilse Bakker", "Ilse", "Bakker"]],
    ["Jan van der Berg (inkoper)", "Jan van der Berg", ["Jan van der Berg", "van der Berg", "Jan", "Berg"]],
    ["Mevrouw De Wit - directeur", "De Wit", ["De Wit", "Wit"]],
    ["Our contact Jan", "Jan", ["Jan"]],
    ["Anne-Marie O'Brien; CFO", "Anne-Marie O'Brien", ["Anne-Marie O'Brien", "Anne-Marie", "O'Brien"]],
  ])("%s → %s", (who, name, parts) => {
    expect(contactOf(who)).toEqual({ name, parts });
  });

  it.each(["someone from finance", "De inkoper, Piet", "the buyer", ""])("names nobody in %j", (who) => {
    expect(contactOf(who)).toBeNull();
  });
});
