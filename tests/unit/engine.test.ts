import { describe, expect, it } from "vitest";
import { loadExercises, loadMenus } from "../../src/exercises/load.js";
import { Exercise } from "../../src/exercises/schema.js";
import type { Entry } from "../../src/journal/entry.js";
import { rotationIndex, runSession } from "../../src/session/engine.js";
import type { Prompter, StepView } from "../../src/session/prompter.js";

const menus = await loadMenus();
const builtins = (await loadExercises()).exercises.map((e) => e.exercise);
const debrief = builtins.find((e) => e.id === "debrief")!;
const daily = builtins.find((e) => e.id === "daily")!;

/** Answers from a map and records every step it was asked, failing on a question it has no answer for. */
class Scripted implements Prompter {
  asked: StepView[] = [];
  constructor(private readonly answers: Record<string, unknown>) {}
  async ask(view: StepView) {
    this.asked.push(view);
    return this.answers[view.step.id];
  }
}

const ex = Exercise.parse({
  id: "cond",
  version: 2,
  phase: "debrief",
  title: { nl: "T", en: "T" },
  intro: { nl: "I", en: "I" },
  source: ["004"],
  steps: [
    { id: "agree", type: "choice", prompt: { nl: "Eens?", en: "Agree?" }, source: ["004"], options: [
      { id: "yes", label: { nl: "ja", en: "yes" } },
      { id: "no", label: { nl: "nee", en: "no" } },
    ] },
    { id: "why", type: "text", prompt: { nl: "Waarom?", en: "Why?" }, source: ["004"], when: { step: "agree", equals: "no" } },
    { id: "note", type: "text", optional: true, prompt: { nl: "Notitie", en: "Note" }, source: ["004"] },
    { id: "score", type: "rating", min: 1, max: 5, prompt: { nl: "Cijfer", en: "Score" }, source: ["004"],
      labels: { min: { nl: "laag", en: "low" }, max: { nl: "hoog", en: "high" } } },
    { id: "low", type: "text", prompt: { nl: "Wat ging mis?", en: "What went wrong?" }, source: ["004"], when: { step: "score", atMost: 2 } },
    { id: "guess", type: "confirm", prompt: { nl: "Klopte het?", en: "Was it right?" }, source: ["004"], when: { linked: "prep" } },
  ],
});

const opts = { lang: "en" as const, menus, day: "2026-11-24" };

describe("runSession", () => {
  it("asks steps in order, skipping unmet conditions and keeping the question as asked", async () => {
    const p = new Scripted({ agree: "yes", score: 4, why: "ignored" });
    const answers = await runSession(ex, p, opts);
    expect(p.asked.map((v) => v.step.id)).toEqual(["agree", "note", "score"]);
    // The total is fixed before the first question (the prep link is known: no "guess"); a
    // follow-up left out is jumped over, so the total never grows or shrinks during a run.
    expect(p.asked.map((v) => `${v.index}/${v.total}`)).toEqual(["1/5", "3/5", "4/5"]);
    expect(answers).toEqual([
      { step: "agree", type: "choice", question: "Agree?", answer: "yes" },
      { step: "score", type: "rating", question: "Score", answer: 4 },
    ]);
  });

  it("follows conditions on choices, ratings and the link to a prep", async () => {
    const p = new Scripted({ agree: "no", why: "price", score: 2, low: "rushed", guess: true });
    await runSession(ex, p, { ...opts, linkedPrep: {} as Entry });
    expect(p.asked.map((v) => v.step.id)).toEqual(["agree", "why", "note", "score", "low", "guess"]);
    expect(p.asked.map((v) => `${v.index}/${v.total}`)).toEqual(["1/6", "2/6", "3/6", "4/6", "5/6", "6/6"]);
  });

  it.each([
    [{ score: 3 }, 'step "agree": an answer is required'],
    [{ agree: "maybe", score: 3 }, 'step "agree": expected one of: yes, no'],
    [{ agree: "yes", score: 0 }, 'step "score": expected a whole number from 1 to 5'],
    [{ agree: "yes", score: 2.5 }, 'step "score": expected a whole number from 1 to 5'],
    [{ agree: "yes", score: "4" }, 'step "score": expected a whole number from 1 to 5'],
    [{ agree: ["yes"], score: 3 }, 'step "agree": expected one of'],
  ])("rejects %j", async (answers, message) => {
    await expect(runSession(ex, new Scripted(answers), opts)).rejects.toThrow(message);
  });

  it("does not ask again what a resumed draft already holds, including skipped optional steps", async () => {
    const p = new Scripted({ score: 5 });
    const answers = await runSession(ex, p, {
      ...opts,
      resumed: { answers: [{ step: "agree", type: "choice", question: "Agree?", answer: "yes" }], skipped: ["note"] },
    });
    expect(p.asked.map((v) => v.step.id)).toEqual(["score"]);
    expect(answers.map((a) => a.step)).toEqual(["agree", "score"]);
  });

  it("reports progress after every step so an interruption loses nothing", async () => {
    const seen: string[][] = [];
    await runSession(ex, new Scripted({ agree: "yes", score: 3 }), {
      ...opts,
      onProgress: async (p) => void seen.push([...p.answers.map((a) => a.step), ...p.skipped.map((s) => `-${s}`)]),
    });
    expect(seen).toEqual([["agree"], ["agree", "-note"], ["agree", "score", "-note"]]);
  });

  it("normalises emotion picks: ids, labels in either language, free words, no duplicates", async () => {
    const p = new Scripted({});
    const step = debrief.steps.find((s) => s.id === "observed_emotions")!;
    const only = Exercise.parse({ ...debrief, steps: [step] });
    const answers = await runSession(only, new Scripted({ observed_emotions: ["worried", "Bezorgd", "FRUSTRATED", "in a hurry"] }), opts);
    expect(answers[0]!.answer).toEqual(["worried", "frustrated", "in a hurry"]);
    expect(p.asked).toEqual([]);
  });

  it("shows the prep's expectation beside the observed emotions, by label", async () => {
    const prep: Entry = {
      schema: 1, id: "2026-11-24T0900-prep-x", kind: "prep", createdAt: "2026-11-24T09:00:00+01:00", lang: "en",
      exercise: { id: "prep", version: 1 }, actions: [],
      answers: [{ step: "expected_emotions", type: "emotions", question: "?", answer: ["worried", "sceptical", "own word"] }],
    };
    const p = new Scripted({});
    await runSession(debrief, p, { ...opts, linkedPrep: prep }, builtins.find((e) => e.id === "prep")).catch(() => undefined);
    expect(p.asked[0]!.expected).toBe("worried, sceptical, own word");
  });

  it("numbers a quick debrief among the steps it can ask: one skill, its follow-up, the link", async () => {
    const p = new Scripted({ observed_emotions: ["worried"], observed_needs: ["certainty"], talk_emotions: 2, asked_feedback: false, discuss_with_coach: false });
    await runSession(debrief, p, { ...opts, focus: "talk_emotions" });
    // Not linked: no accuracy question; the other skills' follow-ups are not counted either.
    // Not linked: the channel is asked here, as no prep can tell it.
    expect(p.asked.map((v) => `${v.index}/${v.total} ${v.step.id}`)).toEqual([
      "1/9 channel",
      "2/9 observed_emotions",
      "3/9 observed_needs",
      "4/9 talk_emotions",
      "5/9 talk_emotions_how",
      "6/9 asked_feedback",
      "7/9 actions",
      "8/9 moment",
      "9/9 discuss_with_coach",
    ]);
  });

  it("words the non-verbal questions for the channel: the voice on the phone", async () => {
    const p = new Scripted({ channel: "phone", observed_emotions: ["worried"], observed_needs: ["certainty"], recognise_emotions: 3, asked_feedback: false, discuss_with_coach: false });
    const answers = await runSession(debrief, p, { ...opts, focus: "recognise_emotions" });
    const asked = (id: string) => p.asked.find((v) => v.step.id === id)!;
    expect(asked("recognise_emotions").question).toBe("Did you recognise their emotions from their voice?");
    expect(asked("observed_emotions").hint).toMatch(/^You could not see them, but you could hear them/);
    // The answer keeps the question as it was asked.
    expect(answers.find((a) => a.step === "recognise_emotions")!.question).toBe("Did you recognise their emotions from their voice?");
  });

  it("takes the channel from the linked prep: not asked again, and written words what cannot be seen", async () => {
    const prep: Entry = {
      schema: 1, id: "2026-11-24T0900-prep-x", kind: "prep", createdAt: "2026-11-24T09:00:00+01:00", lang: "nl",
      exercise: { id: "prep", version: 1 }, actions: [],
      answers: [{ step: "channel", type: "choice", question: "?", answer: "written" }],
    };
    const p = new Scripted({});
    await runSession(debrief, p, { ...opts, lang: "nl", depth: "full", linkedPrep: prep }).catch(() => undefined);
    expect(p.asked.map((v) => v.step.id)).not.toContain("channel");
    const full = new Scripted({ observed_emotions: ["worried"], observed_needs: ["certainty"], wanted: "x", guess_accuracy: "similar", signals_agree: "not_seen" });
    await runSession(debrief, full, { ...opts, lang: "nl", depth: "full", linkedPrep: prep }).catch(() => undefined);
    expect(full.asked.find((v) => v.step.id === "signals_agree")!.question).toBe("Paste de toon van hun bericht bij wat ze schreven?");
    expect(full.asked[0]!.hint).toMatch(/^Je kon ze niet zien en niet horen/);
  });

  it("records an answer given beforehand without asking it, and numbers only what is asked", async () => {
    const prep: Entry = {
      schema: 1, id: "2026-11-24T0900-prep-x", kind: "prep", createdAt: "2026-11-24T09:00:00+01:00", lang: "en",
      exercise: { id: "prep", version: 1 }, actions: [], answers: [],
    };
    const p = new Scripted({ observed_emotions: ["worried"], observed_needs: ["certainty"], guess_accuracy: "similar", recognise_emotions: 3, asked_feedback: false, discuss_with_coach: false });
    const answers = await runSession(debrief, p, { ...opts, focus: "recognise_emotions", linkedPrep: prep, given: new Map([["channel", "phone"]]) });
    // Linked, the quick form would not ask the channel; given, it is kept all the same.
    expect(p.asked.map((v) => v.step.id)).not.toContain("channel");
    expect(p.asked.at(-1)!.total).toBe(p.asked.length);
    expect(answers[0]).toEqual({ step: "channel", type: "choice", question: "How were you in touch?", answer: "phone" });
    // The questions after it are worded for the channel given.
    expect(p.asked.find((v) => v.step.id === "recognise_emotions")!.question).toBe("Did you recognise their emotions from their voice?");
  });

  it("keeps the usual wording when the channel is unknown or in person", async () => {
    for (const channel of [undefined, "in_person"]) {
      const p = new Scripted({ channel, observed_emotions: ["worried"] });
      await runSession(debrief, p, { ...opts, focus: "recognise_emotions" }).catch(() => undefined);
      expect(p.asked.find((v) => v.step.id === "observed_emotions")!.hint).toBe("Watch face, posture and voice, not only the words.");
    }
  });

  it("puts the previous daily's intention before the question, and asks it only when there is one", async () => {
    const yesterday: Entry = {
      schema: 1, id: "2026-11-23T1700-daily", kind: "daily", createdAt: "2026-11-23T17:00:00+01:00", lang: "en",
      exercise: { id: "daily", version: 2 }, actions: [],
      answers: [{ step: "intention", type: "text", question: "?", answer: "Ask first\u001b[2J" }],
    };
    const answers = { intention_kept: "yes", reflection: "x", intention: "z" };
    const p = new Scripted(answers);
    const kept = await runSession(daily, p, { ...opts, previous: yesterday });
    expect(kept[0]).toMatchObject({ step: "intention_kept", question: "Yesterday you meant to: “Ask first\uFFFD[2J”. Did you?", answer: "yes" });
    expect(p.asked.map((v) => `${v.index}/${v.total}`)).toEqual(["1/3", "2/3", "3/3"]);
    const lastWeek = await runSession(daily, new Scripted(answers), { ...opts, day: "2026-11-26", previous: yesterday });
    expect(lastWeek[0]!.question).toMatch(/^3 days ago you meant to: /);
    const first = new Scripted(answers);
    expect((await runSession(daily, first, opts)).map((a) => a.step)).toEqual(["reflection", "intention"]);
    expect(first.asked.map((v) => `${v.index}/${v.total}`)).toEqual(["1/2", "2/2"]);
  });

  it("rotates the daily question by date: the same day always asks the same one", async () => {
    const rotating = daily.steps.find((s) => s.type === "rotating");
    const pool = rotating?.type === "rotating" ? rotating.pool : [];
    const ask = async (day: string) => {
      const p = new Scripted({ reflection: "x", good_moment: "y", intention: "z" });
      const answers = await runSession(daily, p, { ...opts, day, depth: "full" });
      return answers[0]!;
    };
    const a = await ask("2026-11-24");
    expect(await ask("2026-11-24")).toEqual(a);
    expect(a.variant).toBe(pool[rotationIndex("2026-11-24", pool.length)]!.id);
    const week = await Promise.all(["2026-11-25", "2026-11-26", "2026-11-27"].map(ask));
    expect(new Set([a, ...week].map((x) => x.variant)).size).toBe(4);
    expect(a.question).toContain(pool.find((q) => q.id === a.variant)!.prompt.en);
  });
});
