import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import type { Context } from "../../src/cli/context.js";
import { daily, debrief, prep } from "../../src/cli/commands/flows.js";
import { summary } from "../../src/cli/commands/summary.js";
import { validate } from "../../src/cli/commands/exercises.js";
import { DEFAULT_CONFIG, type Config } from "../../src/config/config.js";
import { UsageError, UserError } from "../../src/errors.js";
import { tempHome, writeFile } from "../helpers/cli.js";
import { memoryIo } from "../helpers/memory-io.js";
import { setLang } from "../../src/i18n/index.js";

// The flows run in-process, driven by answers files, as a script would drive them.

/** Answers for every step of the full prep, debrief and daily (each file holds one flow's). */
const FULL = {
  prep: `customer: Acme BV
who: Ilse de Vries, buyer at Acme
background: A new owner since spring
interests: Delivery certainty for Q1
expected_emotions: [worried, uncertain]
expected_needs: [certainty, speed]
difficult_period: true
reach_out: Ask how business is going
questions: [What keeps you busy most?, What would a good outcome be?]
assumptions: That she only looks at the price
tip: Batch the small orders
intention: understand_first
`,
  debrief: `observed_emotions: [worried, relieved]
observed_needs: [certainty]
wanted: A fixed delivery date
guess_accuracy: similar
signals_agree: "no"
contradiction: She said all was fine but sounded tired
perspective: 4
perspective_how: I asked about the new owner
no_judgement: 2
no_judgement_how: I thought she only wanted a discount
recognise_emotions: 4
recognise_emotions_how: Her voice dropped at the price
talk_emotions: 3
talk_emotions_how: I named her doubt
understanding: 5
understanding_how: I did not push the offer
asked_further: 3
asked_further_how: I asked what a good Q1 would be
asked_feedback: true
feedback: Glad you asked
emotion_vaccine: kept_distance
tip_given: Batch the small orders
actions: [Send the planning @2026-11-26]
moment: She laughed about the old planning board
good_moment: She thanked me for listening
difficult_moment: The price talk went quiet
discuss_with_coach: true
`,
  daily: `intention_kept: partly
reflection: I listened better today
good_moment: A customer laughed
intention: Ask first, then tell
`,
};

const dirs: string[] = [];
/** The streams of the commands run since the last `capture()`. */
let io = memoryIo();

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function home(config: Partial<Config> = {}) {
  const { dir, journal } = tempHome();
  dirs.push(dir);
  const file = (name: string, text: string) => writeFile(dir, name, text);
  const answers = { prep: file("prep.yaml", FULL.prep), debrief: file("debrief.yaml", FULL.debrief), daily: file("daily.yaml", FULL.daily) };
  const ctx = (now: string): Context => ({
    ...io.rt,
    prompts: () => Promise.reject(new Error("no prompts in this test")),
    folders: { journal, config: path.join(dir, "config"), cache: path.join(dir, "cache"), data: path.join(dir, "data") },
    lang: "en",
    config: { ...DEFAULT_CONFIG, ...config },
    now: new Date(now),
    interactive: false,
    useCache: false,
  });
  return { journal, file, answers, ctx };
}

/** Every entry of the journal, oldest first. */
function entries(journal: string): { id: string; kind: string; focus?: string; answers: { step: string; answer: unknown }[] }[] {
  const files = fs.readdirSync(journal, { recursive: true, encoding: "utf8" }).filter((f) => /^\d{4}[\\/]\d\d[\\/].+\.yaml$/.test(f));
  return files.sort().map((f) => parse(fs.readFileSync(path.join(journal, f), "utf8")));
}
const steps = (e: { answers: { step: string }[] }) => e.answers.map((a) => a.step);

function capture() {
  io = memoryIo();
}

describe("one answers file for the quick and the full form", () => {
  setLang("en");

  it("stores at most 5 prep answers and 9 debrief answers quick, and every answer with --full", async () => {
    const { journal, answers, ctx } = home();
    capture();
    await prep(ctx("2026-11-16T12:00:00"), { answers: answers.prep, at: "2026-11-16 09:00" });
    await debrief(ctx("2026-11-16T12:00:00"), { answers: answers.debrief, customer: "Acme BV", at: "2026-11-16 10:00" });
    await prep(ctx("2026-11-17T12:00:00"), { answers: answers.prep, at: "2026-11-17 09:00", full: true });
    await debrief(ctx("2026-11-17T12:00:00"), { answers: answers.debrief, customer: "Acme BV", at: "2026-11-17 10:00", full: true });
    const [quickPrep, quickDebrief, fullPrep, fullDebrief] = entries(journal);

    expect(steps(quickPrep!)).toEqual(["who", "expected_emotions", "expected_needs", "questions", "assumptions"]);
    // Linked to the prep: the accuracy question is in, and the prep's focus is the skill rated.
    expect(quickDebrief!.focus).toBe(quickPrep!.focus);
    expect(steps(quickDebrief!)).toEqual([
      "observed_emotions",
      "observed_needs",
      "guess_accuracy",
      quickPrep!.focus,
      `${quickPrep!.focus}_how`,
      "asked_feedback",
      "actions",
      "moment",
      "discuss_with_coach",
    ]);

    const prepKeys = Object.keys(parse(FULL.prep)).filter((k) => k !== "customer");
    expect(steps(fullPrep!)).toEqual(prepKeys);
    // Every step but the quick form's own moment question.
    expect(steps(fullDebrief!)).toEqual(Object.keys(parse(FULL.debrief)).filter((k) => k !== "moment"));
    expect(fullDebrief!.focus).toBeUndefined();
  });

  it("still refuses an answer for a step the exercise does not have, in the quick form too", async () => {
    const { journal, file, ctx } = home();
    const bad = file("bad.yaml", `${FULL.prep}mood: great\n`);
    await expect(prep(ctx("2026-11-16T12:00:00"), { answers: bad })).rejects.toThrow(/unknown step "mood"/);
    expect(fs.existsSync(journal) ? entries(journal) : []).toEqual([]);
  });

  it("runs the full form when the config says depth: full, and --quick overrules it", async () => {
    const { journal, answers, ctx } = home({ depth: "full" });
    capture();
    await prep(ctx("2026-11-16T12:00:00"), { answers: answers.prep, at: "2026-11-16 09:00" });
    await prep(ctx("2026-11-16T12:00:00"), { answers: answers.prep, at: "2026-11-16 10:00", quick: true });
    expect(entries(journal).map((e) => e.answers.length)).toEqual([11, 5]);
  });
});

describe("--channel in the quick form", () => {
  setLang("en");

  it("records the channel as the channel answer in quick and full forms, and the summary counts it", async () => {
    const { journal, answers, ctx } = home();
    capture();
    await prep(ctx("2026-11-16T12:00:00"), { answers: answers.prep, at: "2026-11-16 09:00", channel: "phone" });
    await debrief(ctx("2026-11-16T12:00:00"), { answers: answers.debrief, customer: "Acme BV", at: "2026-11-16 10:00" });
    // A debrief on its own: the flag answers the question the quick form would ask.
    await debrief(ctx("2026-11-16T12:00:00"), { answers: answers.debrief, customer: "Beta", at: "2026-11-16 11:00", channel: "in-person" });
    await prep(ctx("2026-11-17T12:00:00"), { answers: answers.prep, at: "2026-11-17 09:00", full: true, channel: "written" });
    const [quickPrep, linked, alone, fullPrep] = entries(journal);

    const channel = (e: { answers: { step: string; answer: unknown; question?: string }[] }) => e.answers.find((a) => a.step === "channel");
    // Recorded in the exercise's place, with the question as the exercise words it; still five asked.
    expect(steps(quickPrep!)).toEqual(["who", "channel", "expected_emotions", "expected_needs", "questions", "assumptions"]);
    expect(channel(quickPrep!)).toMatchObject({ answer: "phone", question: "How will you be in touch?" });
    expect(channel(linked!)).toBeUndefined();
    expect(channel(alone!)!.answer).toBe("in_person");
    expect(alone!.answers.filter((a) => a.step === "channel")).toHaveLength(1);
    // The flag counts over the answers file's own channel.
    expect(channel(fullPrep!)!.answer).toBe("written");

    capture();
    await summary(ctx("2026-11-18T12:00:00"), { since: "2026-11-01" });
    expect(io.stdout.text).toContain("calls by channel: in person 1, phone 1");
  });

  it("refuses a channel the exercise does not offer as a usage error naming the valid ones, before asking", async () => {
    const { journal, answers, ctx } = home();
    const run = prep(ctx("2026-11-16T12:00:00"), { answers: answers.prep, channel: "pigeon" });
    await expect(run).rejects.toThrow('--channel "pigeon" is not a channel; use one of: in-person, video, phone, written');
    await expect(run).rejects.toBeInstanceOf(UsageError);
    expect(fs.existsSync(journal) ? entries(journal) : []).toEqual([]);
  });
});

describe("the focus skill across quick debriefs", () => {
  it("rates all six skills in eight quick debriefs on eight working days of a fresh journal", async () => {
    const { journal, answers, ctx } = home();
    capture();
    const days = ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09", "2026-11-10", "2026-11-11"];
    for (const day of days) await debrief(ctx(`${day}T18:00:00`), { answers: answers.debrief, customer: "Acme BV", at: `${day} 10:00` });
    const list = entries(journal);
    const SKILLS = ["perspective", "no_judgement", "recognise_emotions", "talk_emotions", "understanding", "asked_further"];
    const rated = list.map((e) => steps(e).filter((s) => SKILLS.includes(s)));
    // One skill each, saved as the entry's focus …
    for (const [i, r] of rated.entries()) expect(r).toEqual([list[i]!.focus]);
    // … and all six within the eight.
    expect(new Set(rated.flat())).toEqual(new Set(SKILLS));
  });

  it("tells the prep's focus in one line, and the prep's debrief asks that skill", async () => {
    const { journal, answers, ctx } = home();
    capture();
    // Six quick debriefs rate every skill once; no_judgement (2 in the file) is the lowest.
    for (const day of ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09"])
      await debrief(ctx(`${day}T18:00:00`), { answers: answers.debrief, customer: "Beta", at: `${day} 10:00` });
    await prep(ctx("2026-11-10T12:00:00"), { answers: answers.prep, at: "2026-11-10 09:00" });
    const made = entries(journal).at(-1)!;
    expect(made.focus).toBe("no_judgement");
    expect(io.stdout.text).toContain("practise: listening without judgement");
    capture();
    await prep(ctx("2026-11-10T12:00:00"), { recap: true, customer: "acme" });
    expect(io.stdout.text).toContain("practise: listening without judgement");
  });
});

describe("the recap card", () => {
  it("shows who, feelings and needs, the question, the assumption and open actions in at most six lines", async () => {
    const { answers, ctx } = home();
    capture();
    await prep(ctx("2026-11-16T12:00:00"), { answers: answers.prep, at: "2026-11-16 09:00" });
    await debrief(ctx("2026-11-16T12:00:00"), { answers: answers.debrief, customer: "Acme BV", at: "2026-11-16 10:00" });
    capture();
    await prep(ctx("2026-11-16T12:00:00"), { recap: true, customer: "Acme" });
    const lines = io.stdout.text.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines[0]).toContain("Acme BV · Ilse de Vries, buyer at Acme");
    expect(io.stdout.text).toContain("may feel: worried, uncertain · may need: certainty, speed");
    expect(io.stdout.text).toContain("ask: What keeps you busy most? (+1)");
    expect(io.stdout.text).toContain("leave at the door: That she only looks at the price");
    expect(io.stdout.text).toContain("open actions: Send the planning (2026-11-26)");
  });

  it("says so when there is no prep for the customer", async () => {
    const { ctx } = home();
    await expect(prep(ctx("2026-11-16T12:00:00"), { recap: true, customer: "Nobody" })).rejects.toThrow(
      new UserError("there is no prep for Nobody yet; make one with: empathy prep"),
    );
  });
});

describe("yesterday's intention", () => {
  it("is asked only after a daily with an intention, and the summary counts the answers", async () => {
    const { journal, answers, ctx } = home();
    capture();
    for (const day of ["2026-11-16", "2026-11-17", "2026-11-18"]) await daily(ctx(`${day}T18:00:00`), { answers: answers.daily, at: `${day} 17:30` });
    const [first, second] = entries(journal);
    expect(steps(first!)).toEqual(["reflection", "intention"]);
    expect(steps(second!)).toEqual(["intention_kept", "reflection", "intention"]);
    expect(second!.answers[0]).toMatchObject({ question: "Yesterday you meant to: “Ask first, then tell”. Did you?", answer: "partly" });
    capture();
    await summary(ctx("2026-11-18T18:00:00"), { since: "2026-11-01", json: true });
    expect(JSON.parse(io.stdout.text).intentions).toMatchObject({ n: 2, yes: 0, partly: 2, no: 0 });
    capture();
    await summary(ctx("2026-11-18T18:00:00"), { since: "2026-11-01" });
    expect(io.stdout.text).toContain("yesterday's intention: kept 0, partly 2, not 0 (of 2 dailies)");
  });
});

describe("the streak after a daily", () => {
  setLang("en");

  it("counts a late reflection (--at) for its own day, not for today", async () => {
    const { answers, ctx } = home();
    for (const day of ["2026-11-16", "2026-11-17"]) {
      capture();
      // Written a week later: today has no reflection, but the streak through that day is alive.
      await daily(ctx("2026-11-24T09:00:00"), { answers: answers.daily, at: `${day} 17:30` });
    }
    expect(io.stdout.text).toContain("2-day streak");
    expect(io.stdout.text).not.toContain("ended");
  });
});

describe("exercises validate", () => {
  it("names a quick step whose condition looks at a step the quick form does not ask", async () => {
    const { file, ctx } = home();
    const mine = file(
      "mine.yaml",
      `id: mine
version: 1
phase: prep
title: { nl: Mijn voorbereiding, en: My prep }
intro: { nl: Kort., en: Short. }
source: ["004"]
steps:
  - id: worried
    type: confirm
    prompt: { nl: Zijn ze bezorgd?, en: Are they worried? }
    source: ["004"]
  - id: why
    type: text
    form: both
    when: { step: worried, equals: true }
    prompt: { nl: Waarom?, en: Why? }
    source: ["004"]
`,
    );
    capture();
    await expect(validate(ctx("2026-11-16T12:00:00"), { file: [mine] })).rejects.toThrow(UserError);
    expect(io.stderr.text).toMatch(/mine\.yaml:\d+: steps\.1\.when\.step: the quick form asks this step but not "worried"/);
  });
});
