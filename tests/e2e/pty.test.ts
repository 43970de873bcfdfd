import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { entryFiles, run, writeFile } from "../helpers/cli.js";
import { ptyTests, type PtySession } from "../helpers/pty.js";
import { DAILY_ANSWERS } from "../fixtures/answers.js";

// Each test drives the built CLI (`npm run build` first) through a real pseudo-terminal.

const { home, start } = ptyTests();

type Answer = { step: string; answer: unknown };
const readYaml = (file: string) => parse(fs.readFileSync(file, "utf8"));
const answerOf = (entry: { answers: Answer[] }, step: string) => entry.answers.find((a) => a.step === step)?.answer;

/** Entry files under <journal>/YYYY/MM/, as absolute paths. */
function entries(journal: string): string[] {
  const files = entryFiles(journal).filter((f) => /^20\d\d[\\/]\d\d[\\/]/.test(f));
  return files.map((f) => path.join(journal, f));
}

/** A prep for Acme with its first question answered, waiting at the second. */
async function prepAtSecondQuestion(env: NodeJS.ProcessEnv, dir: string): Promise<PtySession> {
  const s = start(["prep", "--customer", "Acme", "--full"], env, dir);
  await s.waitFor(/1\/12 Who are you going to talk to\?/);
  await s.line("Jan, planner at Acme");
  await s.waitFor(/2\/12 What is their background\?/);
  return s;
}

/** The folder an entry saved now goes to. */
function monthDir(journal: string): string {
  const now = new Date();
  return path.join(journal, String(now.getFullYear()), String(now.getMonth() + 1).padStart(2, "0"));
}

describe("interactive prompts in a real terminal", () => {
  it("runs a full prep typed through the terminal and saves what was picked", async () => {
    const { journal, env, dir } = home();
    const cli = start(["prep", "--full"], env, dir);

    // A fresh journal knows no customers, so the customer is a plain text prompt.
    await cli.waitFor("Which customer?");
    await cli.line("Acme BV");
    await cli.waitFor("Preparing a customer call");

    await cli.waitFor(/1\/12 Who are you going to talk to\?/);
    await cli.line("Ilse de Vries, buyer");
    await cli.waitFor(/2\/12 What is their background\?/);
    await cli.line("Their market is shrinking");
    await cli.waitFor(/3\/12 What are their interests/);
    await cli.line("Delivery certainty for Q1");

    // The channel: the first option (in person) is focused.
    await cli.waitFor(/4\/12 How will you be in touch\?/);
    await cli.waitFor(/❯ In person/);
    await cli.press("down", 2);
    await cli.waitFor(/❯ Phone/);
    await cli.press("enter");

    // Emotion menu: the first item (worried) is focused; toggle it, move down to anxious, toggle, submit.
    await cli.waitFor(/5\/12 How might they feel/);
    await cli.waitFor(/❯\s*◯ worried/);
    await cli.press("space");
    await cli.waitFor(/❯\s*◉ worried/);
    await cli.press("down");
    await cli.waitFor(/❯\s*◯ anxious/);
    await cli.press("space");
    await cli.waitFor(/◉ worried\s+❯\s*◉ anxious/);
    await cli.press("enter");

    await cli.waitFor(/6\/12 What might they need or want\?/);
    await cli.waitFor(/❯\s*◯ certainty/);
    await cli.press("space");
    await cli.waitFor(/❯\s*◉ certainty/);
    await cli.press("enter");

    await cli.waitFor(/7\/12 Are they going through a difficult period\?/);
    await cli.type("y");
    await cli.press("enter");
    // Answering yes brings in the conditional step.
    await cli.waitFor(/8\/12 What will you ask to hear how they are doing/);
    await cli.line("Ask how business is going");

    await cli.waitFor(/9\/12 Which questions will you ask.*\(item 1, empty line to finish\)/);
    await cli.line("What keeps you busy?");
    await cli.waitFor("(item 2, empty line to finish)");
    await cli.line("What would a good outcome be?");
    await cli.waitFor("(item 3, empty line to finish)");
    await cli.press("enter");

    await cli.waitFor(/10\/12 Which judgement, opinion or assumption/);
    await cli.line("That she only looks at price");
    await cli.waitFor(/11\/12 Which concrete tip/);
    await cli.press("enter"); // optional: skipped

    await cli.waitFor(/12\/12 What is your intention for this call\?/);
    await cli.waitFor(/❯ Understand them first/);
    await cli.press("down");
    await cli.waitFor(/❯ Help them with something concrete/);
    await cli.press("enter");

    await cli.waitFor("Saved:");
    expect(await cli.exit).toBe(0);
    expect(cli.screen).toContain("empathy debrief --customer");

    const files = entries(journal);
    expect(files).toHaveLength(1);
    expect(path.dirname(files[0]!)).toBe(monthDir(journal));
    const entry = readYaml(files[0]!);
    expect(entry).toMatchObject({ kind: "prep", customer: "Acme BV", lang: "en" });
    expect(answerOf(entry, "who")).toBe("Ilse de Vries, buyer");
    expect(answerOf(entry, "background")).toBe("Their market is shrinking");
    expect(answerOf(entry, "interests")).toBe("Delivery certainty for Q1");
    expect(answerOf(entry, "channel")).toBe("phone");
    expect(answerOf(entry, "expected_emotions")).toEqual(["worried", "anxious"]);
    expect(answerOf(entry, "expected_needs")).toEqual(["certainty"]);
    expect(answerOf(entry, "difficult_period")).toBe(true);
    expect(answerOf(entry, "reach_out")).toBe("Ask how business is going");
    expect(answerOf(entry, "questions")).toEqual(["What keeps you busy?", "What would a good outcome be?"]);
    expect(answerOf(entry, "assumptions")).toBe("That she only looks at price");
    expect(answerOf(entry, "tip")).toBeUndefined();
    expect(answerOf(entry, "intention")).toBe("help_concretely");
    expect(fs.readdirSync(path.join(journal, "drafts"))).toEqual([]);
  });

  // Finding 10: Ctrl-D at a question ended the run with 0 and without a word.
  it("says the draft is kept on Ctrl-D at a question, as on Ctrl-C", async () => {
    const { journal, env, dir } = home();
    const s = await prepAtSecondQuestion(env, dir);
    await s.press("ctrl-d");
    expect(await s.exit).toBe(1);
    expect(s.screen).toContain("empathy prep --resume");
    expect(readYaml(path.join(journal, "drafts", "prep-acme.yaml")).answers).toHaveLength(1);
  });

  it("keeps a draft on Ctrl-C and resumes it without asking the answered steps again", async () => {
    const { journal, env, dir } = home();
    const first = await prepAtSecondQuestion(env, dir);
    await first.line("New owner since spring");
    await first.waitFor(/3\/12 What are their interests/);
    await first.line("Fewer rush orders");
    await first.waitFor(/4\/12 How will you be in touch\?/);
    await first.waitFor(/❯ In person/);
    await first.press("ctrl-c");

    expect(await first.exit).toBe(130);
    expect(first.screen).toContain("empathy prep --resume --customer Acme");
    expect(entries(journal)).toEqual([]);
    const draftFile = path.join(journal, "drafts", "prep-acme.yaml");
    expect(fs.existsSync(draftFile)).toBe(true);
    const draft = readYaml(draftFile);
    expect(draft.customer).toBe("Acme");
    expect(draft.answers.map((a: Answer) => [a.step, a.answer])).toEqual([
      ["who", "Jan, planner at Acme"],
      ["background", "New owner since spring"],
      ["interests", "Fewer rush orders"],
    ]);

    const second = start(["prep", "--resume"], env, dir);
    await second.waitFor("Continuing with 3 answers kept.");
    // The first question asked is the channel: nothing answered before is asked again.
    const firstQuestion = await second.waitFor(/\d+\/12 [^\n]*\?/);
    expect(firstQuestion).toMatch(/^4\/12 How will you be in touch/);
    expect(second.screen).not.toMatch(/(?<!\d)[123]\/12 /);
    expect(second.screen).not.toContain("Which customer?");
    expect(second.screen).not.toContain("Continue where you left off?");
    await second.waitFor(/❯ In person/);
    await second.press("enter");
    await second.waitFor(/5\/12 How might they feel/);
    await second.waitFor(/❯\s*◯ worried/);
    await second.press("down", 2);
    await second.waitFor(/❯\s*◯ uncertain/);
    await second.press("space");
    await second.waitFor(/❯\s*◉ uncertain/);
    await second.press("enter");

    await second.waitFor(/6\/12 What might they need or want\?/);
    await second.waitFor(/❯\s*◯ certainty/);
    await second.press("down");
    await second.waitFor(/❯\s*◯ clarity/);
    await second.press("space");
    await second.waitFor(/❯\s*◉ clarity/);
    await second.press("enter");
    await second.waitFor(/7\/12 Are they going through a difficult period\?/);
    await second.type("n");
    await second.press("enter");
    // "No" leaves out the follow-up question: the counter jumps over it, and the total stays.
    await second.waitFor(/9\/12 Which questions will you ask/);
    await second.line("What changed since spring?");
    await second.waitFor("(item 2, empty line to finish)");
    await second.press("enter");
    await second.waitFor(/10\/12 Which judgement/);
    await second.line("That the new owner wants to switch supplier");
    await second.waitFor(/11\/12 Which concrete tip/);
    await second.line("Batch the small orders");
    await second.waitFor(/12\/12 What is your intention/);
    await second.waitFor(/❯ Understand them first/);
    await second.press("enter");
    await second.waitFor("Saved:");
    expect(await second.exit).toBe(0);
    expect(second.screen).not.toContain("What will you ask to hear how they are doing");
    expect(second.screen).not.toMatch(/(?<!\d)[123]\/12 /);
    expect(second.screen).not.toMatch(/\/10 /);

    const files = entries(journal);
    expect(files).toHaveLength(1);
    const entry = readYaml(files[0]!);
    expect(entry.customer).toBe("Acme");
    expect(answerOf(entry, "who")).toBe("Jan, planner at Acme");
    expect(answerOf(entry, "background")).toBe("New owner since spring");
    expect(answerOf(entry, "interests")).toBe("Fewer rush orders");
    expect(answerOf(entry, "expected_emotions")).toEqual(["uncertain"]);
    expect(answerOf(entry, "expected_needs")).toEqual(["clarity"]);
    expect(answerOf(entry, "difficult_period")).toBe(false);
    expect(answerOf(entry, "reach_out")).toBeUndefined();
    expect(answerOf(entry, "questions")).toEqual(["What changed since spring?"]);
    expect(answerOf(entry, "tip")).toBe("Batch the small orders");
    expect(answerOf(entry, "intention")).toBe("understand_first");
    expect(entry.answers.map((a: Answer) => a.step)).toEqual([
      "who",
      "background",
      "interests",
      "channel",
      "expected_emotions",
      "expected_needs",
      "difficult_period",
      "questions",
      "assumptions",
      "tip",
      "intention",
    ]);
    expect(fs.existsSync(draftFile)).toBe(false);
  });

  it("shows the prep's expected emotions while the debrief asks what the customer felt", async () => {
    const { journal, env, dir } = home();
    const answers = writeFile(
      dir,
      "prep-answers.yaml",
      `who: Ilse, buyer at Acme
interests: Delivery certainty
expected_emotions: [worried, frustrated]
expected_needs: [certainty]
difficult_period: false
questions: [What keeps you busy?]
assumptions: Price is all that counts
intention: understand_first
`,
    );
    const prep = await run(["prep", "--customer", "Acme", "--answers", answers], { env, cwd: dir });
    expect(prep.stderr).toBe("");
    expect(prep.code).toBe(0);
    const [prepFile] = entries(journal);
    const prepId = readYaml(prepFile!).id as string;

    const cli = start(["debrief", "--customer", "Acme"], env, dir);
    await cli.waitFor(`Linked to prep ${prepId}.`);
    await cli.waitFor("Debrief after a customer call");
    await cli.waitFor("Before the call you expected: worried, frustrated");
    await cli.waitFor(/1\/\d+ What did the customer actually feel/);
    await cli.waitFor(/❯\s*◯ worried/);
    await cli.press("ctrl-c");
    expect(await cli.exit).toBe(130);
    // Stopped before the first answer: nothing to resume, and the message says so.
    expect(cli.screen).toContain("nothing was saved");
    expect(cli.screen).not.toContain("--resume");
    expect(entries(journal)).toEqual([prepFile]);
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)("keeps the draft when the flow gets %s", async (signal, code) => {
    const { journal, env, dir } = home();
    const cli = start(["daily"], env, dir);
    await cli.waitFor(/1\/2 /);
    await cli.line("I listened better today");
    await cli.waitFor(/2\/2 /);
    cli.signal(signal);
    expect(await cli.exit).toBe(code);
    const draft = readYaml(path.join(journal, "drafts", "daily.yaml"));
    expect(draft.answers.map((a: Answer) => a.answer)).toEqual(["I listened better today"]);
    expect(entries(journal)).toEqual([]);
  });

  it("keeps a draft the user chose not to continue until new answers replace it", async () => {
    const { journal, env, dir } = home();
    const first = start(["daily"], env, dir);
    await first.waitFor(/1\/2 /);
    await first.line("I listened better today");
    await first.waitFor(/2\/2 /);
    await first.press("ctrl-c");
    expect(await first.exit).toBe(130);
    const draftFile = path.join(journal, "drafts", "daily.yaml");
    // The home screen points at it.
    expect((await run([], { env })).stdout).toContain("A daily was stopped halfway (1 answer, last saved");

    const second = start(["daily"], env, dir);
    await second.waitFor("Continue where you left off?");
    await second.line("n");
    await second.waitFor(/1\/2 /);
    await second.press("ctrl-c"); // stopped before a new answer: the old draft is still there
    expect(await second.exit).toBe(130);
    expect(readYaml(draftFile).answers.map((a: Answer) => a.answer)).toEqual(["I listened better today"]);

    const third = start(["daily"], env, dir);
    await third.waitFor("Continue where you left off?");
    await third.line("n");
    await third.waitFor(/1\/2 /);
    await third.line("Asked first today");
    await third.waitFor(/2\/2 /);
    await third.press("ctrl-c");
    expect(await third.exit).toBe(130);
    expect(readYaml(draftFile).answers.map((a: Answer) => a.answer)).toEqual(["Asked first today"]);
  });

  // Finding 10: resuming a Dutch draft showed the intro and the "Saved" line in English.
  it("goes on in the draft's language when resuming it, intro and saved line too", async () => {
    const { env, dir } = home();
    // The full form: the quick daily has no good moment to stop before.
    const first = start(["--lang", "nl", "daily", "--full"], env, dir);
    await first.waitFor(/1\/3 /);
    await first.line("Wat leer ik ervan");
    await first.waitFor(/2\/3 /);
    await first.press("ctrl-c");
    expect(await first.exit).toBe(130);
    const second = start(["daily", "--resume"], env, dir);
    await second.waitFor(/2\/3 Wat was vandaag een fijn moment/);
    expect(second.screen).toContain("Dagelijkse reflectie");
    await second.line("Een klant bedankte me");
    await second.waitFor(/3\/3 /);
    await second.line("Eerst luisteren");
    await second.waitFor("Opgeslagen:");
    expect(await second.exit).toBe(0);
    expect(second.screen).not.toContain("Daily reflection");
  });

  it("goes back to typing when the editor asked for with :e fails", async () => {
    const { journal, env, dir } = home();
    const cli = start(["daily"], { ...env, VISUAL: "false" }, dir);
    await cli.waitFor(/1\/2 /);
    await cli.line(":e");
    await cli.waitFor("the editor (false) did not finish cleanly");
    // The question is asked anew: keys typed before it is drawn would go to no prompt.
    await cli.waitFor(/1\/2 /);
    await cli.line("Typed after all");
    await cli.waitFor(/2\/2 /);
    await cli.press("ctrl-c");
    expect(await cli.exit).toBe(130);
    expect(parse(fs.readFileSync(path.join(journal, "drafts", "daily.yaml"), "utf8")).answers[0].answer).toBe("Typed after all");
  });

  it("says so when today's reflection was already written", async () => {
    const { env, dir } = home();
    expect((await run(["daily", "--answers", "-", "--at", "2026-11-16 09:15"], { env, input: DAILY_ANSWERS })).code).toBe(0);
    const cli = start(["daily", "--at", "2026-11-16 17:00"], env, dir);
    await cli.waitFor("You already reflected on 2026-11-16 (at 09:15); this adds a second one.");
    await cli.waitFor(/1\/2 /);
    await cli.press("ctrl-c");
    expect(await cli.exit).toBe(130);
  });

  it("asks yes or no in Dutch: j/N, and ja or nee as answers", async () => {
    const { journal, env, dir } = home();
    const first = start(["--lang", "nl", "daily"], env, dir);
    await first.waitFor(/1\/2 /);
    await first.line("Goed geluisterd vandaag");
    await first.waitFor(/2\/2 /);
    await first.press("ctrl-c");
    expect(await first.exit).toBe(130);
    const second = start(["--lang", "nl", "daily"], env, dir);
    await second.waitFor("(J/n)");
    await second.line("misschien");
    await second.waitFor('Antwoord met "ja" of "nee".');
    await second.press("ctrl-u");
    await second.line("nee");
    await second.waitFor(/1\/2 /);
    expect(second.screen).toMatch(/Verdergaan waar je gebleven was\? .*nee/);
    await second.press("ctrl-c");
    expect(await second.exit).toBe(130);
    expect(fs.existsSync(path.join(journal, "drafts", "daily.yaml"))).toBe(true);
  });

  it("keeps a draft for another customer aside and starts anew", async () => {
    const { journal, env, dir } = home();
    fs.mkdirSync(path.join(journal, "drafts"), { recursive: true });
    const zoe = path.join(journal, "drafts", "prep-cafe-zoe.yaml");
    fs.writeFileSync(
      zoe,
      "kind: prep\nlang: nl\nexercise: {id: prep, version: 1}\ncustomer: Café Zoë\nat: 2026-11-16T10:00:00+01:00\nupdatedAt: 2026-11-16T10:01:00+01:00\nanswers: []\nskipped: []\n",
    );
    const cli = start(["prep", "--customer", "Acme BV"], env, dir);
    await cli.waitFor(/1\/5 Who are you going to talk to\?/);
    expect(cli.screen).not.toContain("Continue where you left off?");
    await cli.line("Ilse");
    await cli.waitFor(/2\/5 /);
    await cli.press("ctrl-c");
    expect(await cli.exit).toBe(130);
    expect(fs.readdirSync(path.join(journal, "drafts")).sort()).toEqual(["prep-acme-bv.yaml", "prep-cafe-zoe.yaml"]);
    expect(readYaml(zoe).customer).toBe("Café Zoë");
  });
});
