import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { loadExercises, pickExercise } from "../../src/exercises/load.js";
import { describeExercise } from "../../src/render/exercise.js";

const all = (await loadExercises()).exercises;
const prep = pickExercise(all, "prep");
const debrief = pickExercise(all, "debrief");
const daily = pickExercise(all, "daily");
const shown = (id: "prep" | "debrief" | "daily", lang: "en" | "nl") => stripVTControlCharacters(describeExercise(pickExercise(all, id), lang));

/** The source line printed under step `id`: the first "source:" line after the step's own line. */
function sourceOf(text: string, id: string, word = "source"): string {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.includes(`[${id}:`));
  return lines.slice(at + 1).find((l) => l.trim().startsWith(`${word}:`))!.trim();
}

describe("exercises show names each step's source", () => {
  it("prints one source line per step", () => {
    for (const ex of [prep, debrief, daily]) {
      const text = stripVTControlCharacters(describeExercise(ex, "en"));
      expect(text.split("\n").filter((l) => /^ {6}source: /.test(l))).toHaveLength(ex.steps.length);
    }
  });

  it("credits Henk Noort, Steven Van Belleghem and this tool's own method where they belong", () => {
    const en = shown("debrief", "en");
    expect(sourceOf(en, "guess_accuracy")).toBe("source: this tool's own method");
    expect(sourceOf(en, "emotion_vaccine")).toBe("source: Henk Noort's six-point model (article 000)");
    expect(sourceOf(en, "asked_feedback")).toBe("source: Steven Van Belleghem (article 001)");
    expect(sourceOf(en, "talk_emotions")).toBe("source: empathy with customers (article 004); this tool's own method");
    expect(sourceOf(shown("prep", "en"), "questions")).toContain("this tool's own method");
  });

  it("says it in Dutch too, and names each rotating question's source", () => {
    const nl = shown("debrief", "nl");
    expect(sourceOf(nl, "emotion_vaccine", "bron")).toBe("bron: het zespuntenmodel van Henk Noort (artikel 000)");
    expect(sourceOf(nl, "guess_accuracy", "bron")).toBe("bron: eigen methode van dit programma");
    expect(shown("daily", "nl")).toMatch(/trouw aan je missie.*\(bron: het zespuntenmodel van Henk Noort \(artikel 000\)\)/);
  });

  it("says what empathy is where the user first meets it, in the prep's intro", () => {
    expect(prep.intro.en).toMatch(/^Empathy is trying to grasp what the other person feels and how they see things, by watching and listening without judging, and then acting/);
    expect(prep.intro.nl).toMatch(/^Empathie is proberen te snappen wat de ander voelt/);
  });
});
