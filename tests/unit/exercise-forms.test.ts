import { describe, expect, it } from "vitest";
import { loadExercises, pickExercise } from "../../src/exercises/load.js";
import { focusSteps, stepsOfForm } from "../../src/exercises/forms.js";
import { Exercise } from "../../src/exercises/schema.js";

const all = (await loadExercises()).exercises;
const prep = pickExercise(all, "prep");
const debrief = pickExercise(all, "debrief");
const daily = pickExercise(all, "daily");
const ids = (ex: Exercise, depth: "quick" | "full", focus?: string) => stepsOfForm(ex, depth, focus).map((s) => s.id);

const text = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: "text", prompt: { nl: "Vraag?", en: "Question?" }, source: ["004"], ...extra });
const rating = (id: string, extra: Record<string, unknown> = {}) => ({
  ...text(id, extra),
  type: "rating",
  min: 1,
  max: 5,
  labels: { min: { nl: "laag", en: "low" }, max: { nl: "hoog", en: "high" } },
});
const exercise = (steps: unknown[]) => ({
  id: "mine",
  version: 1,
  phase: "debrief",
  title: { nl: "Titel", en: "Title" },
  intro: { nl: "Intro", en: "Intro" },
  source: ["004"],
  steps,
});
const issues = (steps: unknown[]) => {
  const r = Exercise.safeParse(exercise(steps));
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the quick form of the built-in exercises", () => {
  it("asks at most five prep questions: the person, feelings, needs, the question, the assumption", () => {
    expect(ids(prep, "quick")).toEqual(["who", "expected_emotions", "expected_needs", "questions", "assumptions"]);
    // The channel does not fit in five: the full prep asks it, a linked debrief takes it over.
    expect(ids(prep, "full")).toContain("channel");
    expect(ids(prep, "full")).toEqual(prep.steps.map((s) => s.id));
  });

  it("asks at most nine debrief questions, with one skill and its follow-up", () => {
    // The channel is asked only without a linked prep, the accuracy only with one: never both.
    const byLink = (linked: boolean) =>
      stepsOfForm(debrief, "quick", "no_judgement")
        .filter((s) => !(s.when && ("linked" in s.when ? !linked : "unlinked" in s.when && linked)))
        .map((s) => s.id);
    expect(byLink(false)).toHaveLength(9);
    expect(byLink(false)).toContain("channel");
    expect(byLink(true)).toHaveLength(9);
    const quick = byLink(true);
    expect(quick).toEqual([
      "observed_emotions",
      "observed_needs",
      "guess_accuracy",
      "no_judgement",
      "no_judgement_how",
      "asked_feedback",
      "actions",
      "moment",
      "discuss_with_coach",
    ]);
    // Each skill's follow-up is asked only with its own rating.
    for (const skill of focusSteps(debrief)) expect(ids(debrief, "quick", skill.id).filter((id) => id.endsWith("_how"))).toEqual([`${skill.id}_how`]);
    expect(ids(debrief, "full")).not.toContain("moment");
    expect(ids(debrief, "full")).toHaveLength(debrief.steps.length - 1);
  });

  it("asks at most three daily questions, yesterday's intention first", () => {
    expect(ids(daily, "quick")).toEqual(["intention_kept", "reflection", "intention"]);
  });

  it("runs an exercise that marks no quick steps whole in both forms", () => {
    const own = Exercise.parse(exercise([text("a"), text("b", { optional: true })]));
    expect(ids(own, "quick")).toEqual(["a", "b"]);
  });

  it("asks the first skill when no focus is given, or an unknown one", () => {
    const own = Exercise.parse(exercise([text("a", { form: "both" }), rating("x", { focus: { nl: "x", en: "x" } }), rating("y", { focus: { nl: "y", en: "y" } })]));
    expect(ids(own, "quick")).toEqual(["a", "x"]);
    expect(ids(own, "quick", "y")).toEqual(["a", "y"]);
    expect(ids(own, "quick", "nope")).toEqual(["a", "x"]);
    expect(ids(own, "full")).toEqual(["a", "x", "y"]);
  });
});

describe("checking the forms of an exercise", () => {
  it("accepts the built-in ones", () => {
    for (const ex of [prep, debrief, daily]) expect(issues(ex.steps)).toEqual([]);
  });

  it("rejects a quick step whose condition looks at a step only the full form asks", () => {
    expect(issues([text("a"), text("b", { form: "both", when: { step: "a", answered: true } })])).toEqual([
      'steps.1.when.step: the quick form asks this step but not "a", which its condition looks at; give "a" form: both',
    ]);
  });

  it("rejects a full step whose condition looks at a quick-only step", () => {
    expect(issues([text("a", { form: "quick" }), text("b", { when: { step: "a", answered: true } })])[0]).toMatch(/^steps\.1\.when\.step: the full form asks this step but not "a"/);
  });

  it("rejects focus on anything but a rating, and a focus skill asked only in the quick form", () => {
    expect(issues([text("a", { focus: { nl: "a", en: "a" } })])).not.toEqual([]);
    expect(issues([rating("a", { form: "quick", focus: { nl: "a", en: "a" } })])).toEqual(["steps.0.form: a focus skill is asked in both forms; leave out form: quick"]);
  });

  it("rejects an unknown form", () => {
    expect(issues([text("a", { form: "short" })])[0]).toMatch(/^steps\.0\.form/);
  });
});
