/**
 * The team table of a review: calls, and every figure beside the n it rests on; a figure below the
 * minimum sample is marked and sorted after the others.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../src/insights/streak.js";
import type { Entry } from "../../src/journal/entry.js";
import { renderReviewMarkdown } from "../../src/render/review-markdown.js";
import { teamTable } from "../../src/render/review-text.js";
import { assembleReview, type TraineeJournal } from "../../src/review/review.js";
import { builtinContent, debrief, prep, ratingsOf } from "../helpers/entries.js";

const since = "2026-11-02";
const until = "2026-11-29";

/** `n` linked calls, each prep's guess seen exactly (measured 2), rated with `score`. */
function calls(n: number, score: string, rating: number): Entry[] {
  return Array.from({ length: n }, (_, i) => {
    const day = `2026-11-${String(10 + i).padStart(2, "0")}`;
    const p = prep(day, { customer: "Acme", answers: { expected_emotions: ["worried"] } });
    return [p, debrief(day, { customer: "Acme", prep: p.id, answers: { observed_emotions: ["worried"], guess_accuracy: score, ...ratingsOf(rating) } })];
  }).flat();
}

async function team(sort: string) {
  const { menus, debrief: ex } = await builtinContent();
  const read = (name: string, entries: Entry[]): TraineeJournal => ({
    trainee: { name, dir: `/team/${name}` },
    contents: { entries: entries.map((entry) => ({ entry, path: `/team/${name}/${entry.id}.yaml` })), invalid: [] } as unknown as TraineeJournal["contents"],
    notes: [],
  });
  // anna: one call, all agree (100%, n 1); bram: five calls, all agree; carl: four, none agree.
  return assembleReview([read("anna", calls(1, "same", 5)), read("bram", calls(5, "same", 3)), read("carl", calls(4, "similar", 4))], {
    notReviewed: [],
    since,
    until,
    rules: DEFAULT_RULES,
    menus,
    debrief: ex,
    lang: "en",
    sort,
    pseudonymWord: "Customer",
  });
}

describe("the team table", () => {
  it("counts calls as debriefs and gives each figure its n", async () => {
    const r = await team("name");
    expect(r.team!.map((x) => [x.name, x.calls, x.agreement])).toEqual([
      ["anna", 1, { value: 1, n: 1, few: true }],
      ["bram", 5, { value: 1, n: 5, few: false }],
      ["carl", 4, { value: 0, n: 4, few: false }],
    ]);
    expect(r.team![0]!.ratings.perspective).toEqual({ value: 5, n: 1, few: true });
  });

  it("sorts members whose figure rests on fewer than the minimum sample after the others", async () => {
    expect((await team("accuracy")).team!.map((x) => x.name)).toEqual(["bram", "carl", "anna"]);
    expect((await team("perspective")).team!.map((x) => x.name)).toEqual(["carl", "bram", "anna"]);
  });

  it("shows the n under each figure, and marks the few, in text and Markdown", async () => {
    const r = await team("accuracy");
    const lines = teamTable(r, r.team!, "en").map((l) => l.replace(/\u001b\[[0-9;]*m/g, ""));
    const anna = lines.findIndex((l) => l.startsWith("anna"));
    expect(lines[anna]).toMatch(/^anna\s+1\s+0(\s+5\.0\*){6}\s+–\s+100%\*/);
    expect(lines[anna + 1]).toMatch(/^\s+n(\s+1){7}$/);
    expect(lines.join(" ")).toContain("* fewer than 3");
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(80);
    expect(renderReviewMarkdown(r, "en")).toMatch(/\| anna \| 1 \| 0 \| 5\.0\* \(n 1\) .*\| 100%\* \(n 1\) \|/);
  });
});
