import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_DIR, loadExercises, loadMenus, readExerciseFile } from "../../src/exercises/load.js";
import { flattenMenu } from "../../src/exercises/menus.js";
import { Exercise } from "../../src/exercises/schema.js";
import { tempDir } from "../helpers/temp.js";

const minimal = () => ({
  id: "mine",
  version: 1,
  phase: "prep",
  title: { nl: "Titel", en: "Title" },
  intro: { nl: "Intro", en: "Intro" },
  source: ["004"],
  steps: [
    { id: "who", type: "text", prompt: { nl: "Wie?", en: "Who?" }, source: ["004"] },
    {
      id: "score",
      type: "rating",
      prompt: { nl: "Hoe?", en: "How?" },
      source: ["004"],
      min: 1,
      max: 5,
      labels: { min: { nl: "slecht", en: "poor" }, max: { nl: "goed", en: "good" } },
      when: { step: "who", answered: true },
    },
  ],
});

describe("exercise schema", () => {
  it("accepts a minimal valid exercise and fills defaults", () => {
    const ex = Exercise.parse(minimal());
    expect(ex.steps[0]!.optional).toBe(false);
  });

  const invalid: [string, (e: ReturnType<typeof minimal>) => void, string][] = [
    ["a missing translation", (e) => delete (e.title as Partial<typeof e.title>).en, "title.en"],
    ["an empty translation", (e) => (e.intro.nl = "  "), "intro.nl"],
    ["an unknown step type", (e) => ((e.steps[0] as { type: string }).type = "essay"), "steps.0.type"],
    ["a duplicate step id", (e) => (e.steps[1]!.id = "who"), "steps.1.id"],
    ["a condition on a later step", (e) => ((e.steps[1] as { when: unknown }).when = { step: "later", answered: true }), "steps.1.when.step"],
    ["a rating whose max is not above min", (e) => ((e.steps[1] as { max: number }).max = 1), "steps.1.max"],
    ["an unknown article", (e) => (e.source = ["003"]), "source.0"],
    ["an extra field", (e) => ((e as Record<string, unknown>).colour = "red"), ""],
    ["a bad phase", (e) => ((e as { phase: string }).phase = "lunch"), "phase"],
  ];
  it.each(invalid)("rejects %s", (_name, mutate, field) => {
    const e = minimal();
    mutate(e);
    const r = Exercise.safeParse(e);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toContain(field);
  });
});

describe("exercise loader", () => {
  it("loads the three built-in exercises, each step naming its article", async () => {
    const { exercises, problems } = await loadExercises();
    expect(problems).toEqual([]);
    expect(exercises.map((e) => e.exercise.phase).sort()).toEqual(["daily", "debrief", "prep"]);
    for (const { exercise } of exercises) for (const step of exercise.steps) expect(step.source.length).toBeGreaterThan(0);
  });

  it("has debrief ratings for the five reflection questions and asking further", async () => {
    const { exercises } = await loadExercises();
    const debrief = exercises.find((e) => e.exercise.id === "debrief")!.exercise;
    const ratings = debrief.steps.filter((s) => s.type === "rating").map((s) => s.id);
    expect(ratings).toEqual(["perspective", "no_judgement", "recognise_emotions", "talk_emotions", "understanding", "asked_further"]);
  });

  it("names file, line and field for an invalid file", async () => {
    const dir = tempDir("ex-");
    const file = path.join(dir, "bad.yaml");
    const text = fs.readFileSync(path.join(BUILTIN_DIR, "daily.yaml"), "utf8").replace(/^version: \d+$/m, "version: zero");
    fs.writeFileSync(file, text);
    const r = await readExerciseFile(file);
    expect(r.ok).toBe(false);
    const line = text.split("\n").findIndex((l) => l === "version: zero") + 1;
    expect(!r.ok && r.problems[0]).toMatchObject({ file, line, field: "version" });
  });

  it("reports a broken own exercise and keeps the others", async () => {
    const journal = tempDir("ex-");
    fs.mkdirSync(path.join(journal, "exercises"));
    fs.writeFileSync(path.join(journal, "exercises", "broken.yaml"), "id: [\n");
    fs.writeFileSync(path.join(journal, "exercises", "taken.yaml"), fs.readFileSync(path.join(BUILTIN_DIR, "prep.yaml")));
    const { exercises, problems } = await loadExercises(journal);
    expect(exercises).toHaveLength(3);
    expect(problems.map((p) => path.basename(p.file))).toEqual(["broken.yaml", "taken.yaml"]);
    expect(problems[1]!.message).toContain("already taken");
  });
});

describe("menus", () => {
  it("has the seven emotion families, unique ids, and both tones", async () => {
    const menus = await loadMenus();
    expect(menus.emotions.families.map((f) => f.id)).toEqual([
      "worry_fear",
      "anger_frustration",
      "sadness_disappointment",
      "joy_relief",
      "interest_surprise",
      "trust_distrust",
      "fatigue_overwhelm",
    ]);
    const emotions = flattenMenu(menus, "emotions");
    expect(new Set(emotions.map((e) => e.id)).size).toBe(emotions.length);
    const trust = emotions.filter((e) => e.group.id === "trust_distrust").map((e) => e.tone);
    expect(new Set(trust)).toEqual(new Set(["pleasant", "unpleasant"]));
    const needs = flattenMenu(menus, "needs");
    expect(needs.map((n) => n.id)).toEqual(expect.arrayContaining(["certainty", "clarity", "speed", "recognition", "autonomy", "being_heard", "fair_price"]));
  });
});
