import { describe, expect, it } from "vitest";
import type { Moments } from "../../src/insights/model.js";
import { renderShare } from "../../src/render/share.js";

const period = { since: "2026-11-16", until: "2026-11-22" };
const moments: Moments = {
  good: [{ entry: "2026-11-17T1000-debrief-1", day: "2026-11-17", kind: "debrief", customer: "Acme", text: "She laughed at last." }],
  difficult: [],
  shared: [],
};

describe("share opens with why and how", () => {
  it("says why before the moments, then how to run the team moment", () => {
    for (const format of ["text", "md"] as const) {
      const out = renderShare(moments, period, format, false, "en");
      const why = out.indexOf("Why share: the way a team talks about customers spreads.");
      const how = out.indexOf("How to run the team moment");
      expect(why).toBeGreaterThan(0);
      expect(how).toBeGreaterThan(why);
      expect(out.indexOf("She laughed at last.")).toBeGreaterThan(how);
      for (const step of ["a fixed moment", "were a pleasure", "what would you do?", "a misstep of your own", "no lecture", "impatient days"]) expect(out).toContain(step);
    }
  });

  it("gives the Markdown steps as a list, and the Dutch in Dutch", () => {
    expect(renderShare(moments, period, "md", false, "en")).toContain("\n- Let the team talk; no lecture from you.\n");
    const nl = renderShare(moments, period, "text", false, "nl");
    expect(nl).toContain("Zo houd je het teammoment");
    expect(nl).toContain("  • Wees mild: iedereen heeft weleens een ongeduldige dag, jij ook.");
    expect(nl).not.toContain("Why share");
  });
});
