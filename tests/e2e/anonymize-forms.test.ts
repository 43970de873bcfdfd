import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { run, tempHome } from "../helpers/cli.js";

const CUSTOMERS = [["Ørsted A/S", "Ørsted"], ["Łódź Sp. z o.o.", "Łódź"], ["Dr. Oetker KG", "Dr. Oetker"], ["Apple", "Apple"]] as const;

describe("--anonymize with the world's legal forms", () => {
  // Finding 6: three of thirty customers appeared by their short names in export json/csv/md and
  // review md/json; "An apple a day" became "An Customer Q a day".
  it("hides customers with A/S, Sp. z o.o. and KG in every export and review, and leaves ordinary words", async () => {
    const { env, journal } = tempHome();
    for (const [i, [customer, short]] of CUSTOMERS.entries()) {
      const answers = { ...parse(DEBRIEF_ANSWERS), wanted: `${short} wanted a date. An apple a day.` };
      const r = await run(["debrief", "--full", "--customer", customer, "--answers", "-", "--at", `2026-11-1${i} 11:00`], { env, input: JSON.stringify(answers) });
      expect(r.code).toBe(0);
    }
    const outputs = await Promise.all(
      [
        ["export", "--anonymize", "--format", "json"],
        ["export", "--anonymize", "--format", "csv"],
        ["export", "--anonymize", "--format", "md"],
        ["review", journal, "--anonymize", "--format", "md", "--until", "2026-11-30"],
        ["review", journal, "--anonymize", "--format", "json", "--until", "2026-11-30"],
      ].map((args) => run(args, { env })),
    );
    for (const r of outputs) {
      expect(r.code).toBe(0);
      for (const [, short] of CUSTOMERS) expect(r.stdout).not.toContain(short);
      expect(r.stdout).not.toMatch(/Orsted|Lodz/i);
    }
    expect(outputs[0]!.stdout).toContain("An apple a day");
  }, 40_000);
});
