import { describe, expect, it } from "vitest";
import { badDue, parseAction } from "../../src/session/action-text.js";

describe("an action's due date", () => {
  it("is read from @YYYY-MM-DD at the end", () => {
    expect(parseAction("Send the quote @2026-12-01")).toEqual({ text: "Send the quote", due: "2026-12-01" });
    expect(parseAction("Send the quote @ 2026-12-01")).toEqual({ text: "Send the quote", due: "2026-12-01" });
    expect(parseAction("Send quote@2026-12-01")).toEqual({ text: "Send quote", due: "2026-12-01" });
    expect(parseAction("  Call back  ")).toEqual({ text: "Call back" });
    expect(parseAction("Call @2026-02-30")).toEqual({ text: "Call @2026-02-30" });
    expect(parseAction("Mail jan@acme.nl")).toEqual({ text: "Mail jan@acme.nl" });
  });

  it("is named when it is meant as a date but is none; a name after @ is just text", () => {
    expect(badDue("Call her director @friday")).toBe("@friday");
    expect(badDue("Bel terug @morgen")).toBe("@morgen");
    expect(badDue("Check stock @2026-02-30")).toBe("@2026-02-30");
    expect(badDue("Check stock @1-12")).toBe("@1-12");
    expect(badDue("Send the quote @2026-12-01")).toBeUndefined();
    expect(badDue("Thank @jan")).toBeUndefined();
    expect(badDue("Mail to support @ acme")).toBeUndefined();
    expect(badDue("Mail jan@acme.nl")).toBeUndefined();
    expect(badDue("No date at all")).toBeUndefined();
  });
});
