import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/journal/entry.js";
import { entriesToCsv } from "../../src/render/export.js";
import { safeJson } from "../../src/data/safe-text.js";

const HOSTILE = "Acme\u001b[2J\u009b31m\u202eBV\u007f\u2066x\u2028y";
/** What would act on a terminal or turn text around: C0 (but tab and newline), DEL, C1, bidi, line separators. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const entry = (customer: string, answer: string): Entry =>
  ({
    schema: 1,
    id: "2026-11-16T1100-debrief-acme",
    kind: "debrief",
    createdAt: "2026-11-16T11:00:00+01:00",
    lang: "en",
    customer,
    exercise: { id: "debrief", version: 1 },
    answers: [{ step: "wanted", type: "text", question: "What did they want?", answer }],
    actions: [],
  }) as unknown as Entry;

// Finding 7: a customer named with ESC, C1 and bidi characters reached `export --format csv` raw,
// and the JSON outputs escaped ESC but printed C1 characters, bidi marks and DEL raw.
describe("data formats carry no raw control characters", () => {
  it("JSON: escaped, so that the same strings are read back", () => {
    const json = safeJson(JSON.stringify({ customer: HOSTILE }, null, 2));
    expect(json).not.toMatch(RAW);
    expect(json).toContain("\\u009b");
    expect(JSON.parse(json)).toEqual({ customer: HOSTILE });
  });

  it("CSV: replaced as on a terminal, line breaks and formula guard kept", () => {
    const csv = entriesToCsv([entry(HOSTILE, "=1+1\r\nsecond line\tand a tab")]);
    const body = csv.replace(/\r\n/g, "\n");
    expect(body).not.toMatch(RAW);
    expect(body).toContain("Acme\uFFFD[2J\uFFFD31m\uFFFDBV");
    expect(body).toContain(`"'=1+1\nsecond line\tand a tab"`);
  });
});
