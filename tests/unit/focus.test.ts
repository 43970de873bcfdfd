import { describe, expect, it } from "vitest";
import { loadExercises, pickExercise } from "../../src/exercises/load.js";
import { focusSteps } from "../../src/exercises/forms.js";
import { chooseFocus, RECENT, WINDOW, type FocusSkill } from "../../src/insights/focus.js";
import type { Entry } from "../../src/journal/entry.js";
import { debrief } from "../helpers/entries.js";

const builtin = pickExercise((await loadExercises()).exercises, "debrief");
const SKILLS: FocusSkill[] = focusSteps(builtin);
const IDS = SKILLS.map((s) => s.id);

/** A quick debrief: one skill rated, and marked as the focus it was asked as. */
const quick = (day: string, skill: string, value: number): Entry => ({ ...debrief(day, { answers: { [skill]: value } }), focus: skill });
/** A full debrief: every skill rated, no focus. */
const full = (day: string, values: Record<string, number>): Entry => debrief(day, { answers: values });
const allAt = (v: number) => Object.fromEntries(IDS.map((id) => [id, v]));
/** Six quick debriefs, one per skill in the order given, so every skill is rated lately. */
const round = (month: string, values: Record<string, number>, order = IDS): Entry[] =>
  order.map((id, i) => quick(`2026-${month}-0${i + 1}`, id, values[id]!));

/** Runs `count` quick debriefs, each rating the chosen focus with `rate(skill)`. */
function simulate(start: Entry[], count: number, rate: (skill: string) => number): string[] {
  const journal = [...start];
  const chosen: string[] = [];
  for (let i = 0; i < count; i++) {
    const skill = chooseFocus(journal, SKILLS)!.skill;
    chosen.push(skill);
    journal.push(quick(`2026-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, skill, rate(skill)));
  }
  return chosen;
}

describe("the focus skill of a quick debrief", () => {
  it("has the six listening skills of the built-in debrief", () => {
    expect(IDS).toEqual(["perspective", "no_judgement", "recognise_emotions", "talk_emotions", "understanding", "asked_further"]);
  });

  it("rates all six skills in the first eight quick debriefs of a fresh journal", () => {
    const chosen = simulate([], 8, () => 4);
    expect(new Set(chosen).size).toBe(6);
    expect(chooseFocus([], SKILLS)).toEqual({ skill: "perspective", reason: "unrated", average: null, n: 0 });
  });

  it("gives any 8 quick debriefs in a row every skill, even when one skill stays far the lowest", () => {
    // Listening without judgement is always rated 1, everything else 5: it would win every time.
    const chosen = simulate([full("2026-09-01", allAt(5))], 60, (s) => (s === "no_judgement" ? 1 : 5));
    for (let i = 0; i + 8 <= chosen.length; i++) expect(new Set(chosen.slice(i, i + 8)).size, `debriefs ${i + 1}–${i + 8}`).toBe(6);
    // Between the rounds that keep the others fresh, the weakest skill is practised most.
    expect(chosen.filter((s) => s === "no_judgement").length).toBeGreaterThan(chosen.length / 6);
  });

  it("picks the skill with the lowest recent average once all were rated lately", () => {
    const journal = round("09", { ...allAt(4), talk_emotions: 2, asked_further: 3 });
    expect(chooseFocus(journal, SKILLS)).toEqual({ skill: "talk_emotions", reason: "lowest", average: 2, n: 1 });
  });

  it("averages only a skill's last ratings, so an old low score stops counting", () => {
    const old = round("01", { ...allAt(4), talk_emotions: 1 });
    const later = Array.from({ length: RECENT }, (_, i) => round(`0${i + 2}`, { ...allAt(3), talk_emotions: 5 })).flat();
    const focus = chooseFocus([...old, ...later], SKILLS)!;
    // talk_emotions' 1 is its sixth rating back: left out, its average is 5 and it is not the lowest.
    expect(focus).toEqual({ skill: "perspective", reason: "lowest", average: 3, n: RECENT });
  });

  it("breaks a tie in favour of the skill rated longest ago", () => {
    // All six at 3, rated last-to-first: asked_further was rated longest ago, not perspective.
    const journal = round("09", allAt(3), [...IDS].reverse());
    expect(chooseFocus(journal, SKILLS)).toMatchObject({ skill: "asked_further", reason: "lowest" });
  });

  it("breaks a tie of equal age by the exercise's order", () => {
    // A full debrief after the round rates all six at once: the same age, the same average.
    const journal = [...round("09", allAt(3), [...IDS].reverse()), full("2026-09-20", allAt(3))];
    expect(chooseFocus(journal, SKILLS)).toMatchObject({ skill: "perspective", reason: "lowest" });
  });

  it("compares skills on their own scales", () => {
    const skills: FocusSkill[] = [
      { id: "a", min: 1, max: 5 },
      { id: "b", min: 0, max: 10 },
    ];
    // 3 of 1–5 is halfway; 4 of 0–10 is below halfway, so b is the lower one.
    const journal = [quick("2026-09-01", "a", 3), quick("2026-09-02", "b", 4)];
    expect(chooseFocus(journal, skills)).toMatchObject({ skill: "b", reason: "lowest" });
  });

  it(`lets a skill not rated in the last ${WINDOW} quick debriefs go first, before a lower one`, () => {
    const journal = [full("2026-09-01", { ...allAt(4), no_judgement: 1 })];
    // Seven quick debriefs that rate all but perspective (no_judgement several times).
    for (const [i, s] of ["no_judgement", "recognise_emotions", "talk_emotions", "understanding", "asked_further", "no_judgement", "no_judgement"].entries())
      journal.push(quick(`2026-09-1${i}`, s, s === "no_judgement" ? 1 : 4));
    expect(chooseFocus(journal, SKILLS)).toMatchObject({ skill: "perspective", reason: "due", n: 1 });
  });

  it("goes round all six before the lowest counts, after a journal of full debriefs", () => {
    // Full debriefs say nothing about which skills the quick form has practised lately.
    const chosen = simulate([full("2026-09-01", { ...allAt(4), talk_emotions: 1 })], 6, () => 4);
    expect(chosen).toEqual(IDS);
  });

  it("leaves out ratings outside the scale (a hand edit)", () => {
    const journal = [full("2026-09-01", { ...allAt(4), understanding: 0 })];
    expect(chooseFocus(journal, SKILLS)).toMatchObject({ skill: "understanding", reason: "unrated" });
  });

  it("has nothing to choose without skills", () => {
    expect(chooseFocus([], [])).toBeUndefined();
  });
});
