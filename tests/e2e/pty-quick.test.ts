import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { entryFiles, run, writeFile } from "../helpers/cli.js";
import { ptyTests, type PtySession } from "../helpers/pty.js";

// The quick forms as a salesperson types them, in a real pseudo-terminal (`npm run build` first).
// Each test also counts the questions and keystrokes, printed for the record.

const { home, start } = ptyTests();

type Saved = { kind: string; focus?: string; answers: { step: string; answer: unknown }[] };
const journalEntries = (journal: string): Saved[] =>
  entryFiles(journal)
    .filter((f) => /^20\d\d[\\/]/.test(f))
    .map((f) => parse(fs.readFileSync(path.join(journal, f), "utf8")));

/** Waits for the question numbered n (of any total), and counts it. */
class Questions {
  asked = 0;
  constructor(private readonly cli: PtySession) {}
  async next(pattern: RegExp): Promise<string> {
    this.asked++;
    return this.cli.waitFor(new RegExp(`${this.asked}/\\d+ ${pattern.source}`));
  }
}

/** A menu pick: toggle the first item, submit. */
async function pickFirst(cli: PtySession, item: RegExp): Promise<void> {
  await cli.waitFor(item);
  await cli.press("space");
  await cli.press("enter");
}

/** The prep a salesperson types before a call; `full` adds the full form's extra steps. */
async function typePrep(cli: PtySession, full: boolean): Promise<number> {
  const q = new Questions(cli);
  await cli.waitFor("Which customer?");
  await cli.line("Acme BV");
  await q.next(/Who are you going to talk to\?/);
  await cli.line("Ilse, buyer");
  if (full) {
    await q.next(/What is their background\?/);
    await cli.line("New owner");
    await q.next(/What are their interests/);
    await cli.line("Certainty for Q1");
    await q.next(/How will you be in touch\?/);
    await cli.press("enter");
  }
  await q.next(/How might they feel/);
  await pickFirst(cli, /❯\s*◯ worried/);
  await q.next(/What might they need or want\?/);
  await pickFirst(cli, /❯\s*◯ certainty/);
  if (full) {
    await q.next(/Are they going through a difficult period\?/);
    await cli.line("n");
    q.asked++; // the follow-up of a "yes" is jumped over
  }
  await q.next(/Which questions will you ask/);
  await cli.line("What keeps you busy?");
  await cli.waitFor("(item 2, empty line to finish)");
  await cli.press("enter");
  await q.next(/Which judgement, opinion or assumption/);
  await cli.line("Only price counts");
  if (full) {
    await q.next(/Which concrete tip/);
    await cli.press("enter");
    await q.next(/What is your intention for this call\?/);
    await cli.press("enter");
  }
  await cli.waitFor("Saved:");
  return full ? q.asked - 1 : q.asked;
}

/** The debrief typed after that call; the full form rates all six skills. */
async function typeDebrief(cli: PtySession, full: boolean): Promise<number> {
  const q = new Questions(cli);
  const rate = async (pattern: RegExp, how: RegExp) => {
    await q.next(pattern);
    await cli.press("down", 3);
    await cli.press("enter");
    await q.next(how);
    await cli.line("Asked about Q1");
  };
  await cli.waitFor("Type to find a customer, or type a new name to add one.");
  await cli.waitFor(/❯ Acme BV/);
  await cli.press("enter");
  await cli.waitFor(/Linked to prep /);
  await q.next(/What did the customer actually feel/);
  await pickFirst(cli, /❯\s*◯ worried/);
  await q.next(/What did they need\?/);
  await pickFirst(cli, /❯\s*◯ certainty/);
  if (full) {
    await q.next(/What did they want from you/);
    await cli.line("A date");
  }
  await q.next(/How close was your expectation/);
  await cli.press("enter");
  if (full) {
    await q.next(/Did their words and their body language/);
    await cli.press("enter");
    q.asked++; // no contradiction: its question is jumped over
    await rate(/How well did you put yourself/, /How did that show\?/);
    await rate(/Did you listen without judging\?/, /How did that show\?/);
    await rate(/Did you recognise their emotions/, /How did that show\?/);
    await rate(/Did you talk with them about those emotions\?/, /How did that show\?/);
    await rate(/What guided you in this call/, /How did that show\?/);
    await rate(/Did you ask further/, /How did that show\?/);
  } else await rate(/How well did you put yourself/, /How did that show\?/);
  await q.next(/Did you explicitly ask the customer for feedback/);
  await cli.line("y");
  if (full) {
    await q.next(/What did they say\?/);
    await cli.press("enter");
    await q.next(/Did you take their emotion on/);
    await cli.press("enter");
    await q.next(/Which concrete tip from your own expertise did you give/);
    await cli.press("enter");
  }
  await q.next(/What will you do next\?/);
  await cli.line("Send the planning");
  await cli.waitFor("(item 2, empty line to finish)");
  await cli.press("enter");
  if (full) {
    await q.next(/Was there a good moment worth sharing/);
    await cli.press("enter");
    await q.next(/Was there a difficult moment/);
    await cli.press("enter");
  } else {
    await q.next(/Was there a moment worth sharing with your team/);
    await cli.press("enter");
  }
  await q.next(/Do you want to discuss this call with your coach\?/);
  await cli.press("enter");
  await cli.waitFor("Saved:");
  return full ? q.asked - 1 : q.asked;
}

describe("quick flows in a real terminal", () => {
  it("preps in five questions with the focus line and the recap card, and debriefs in nine", async () => {
    const { journal, env, dir } = home();
    const prep = start(["prep"], env, dir);
    const prepAsked = await typePrep(prep, false);
    expect(await prep.exit).toBe(0);
    // A fresh journal: the first skill, said honestly to be unrated.
    expect(prep.screen).toContain("Today, practise: putting yourself in the customer's place — not rated yet");
    expect(prep.screen).toMatch(/1\/5 Who are you going to talk to/);
    expect(prep.screen).toMatch(/5\/5 Which judgement/);
    const card = prep.rest.split(/\r?\n/).filter((l) => l.startsWith("│ "));
    expect(card).toEqual([
      "│ Acme BV · Ilse, buyer",
      "│ may feel: worried · may need: certainty",
      "│ ask: What keeps you busy?",
      "│ leave at the door: Only price counts",
      "│ practise: putting yourself in the customer's place",
    ]);

    const debrief = start(["debrief"], env, dir);
    const debriefAsked = await typeDebrief(debrief, false);
    expect(await debrief.exit).toBe(0);
    expect(debrief.screen).toContain("Today, practise: putting yourself in the customer's place —");
    expect(debrief.screen).toMatch(/9\/9 Do you want to discuss this call with your coach/);
    const saved = journalEntries(journal).find((e) => e.kind === "debrief")!;
    expect(saved.focus).toBe("perspective");
    expect(saved.answers.map((a) => a.step)).toEqual(["observed_emotions", "observed_needs", "guess_accuracy", "perspective", "perspective_how", "asked_feedback", "actions", "discuss_with_coach"]);

    // The card again, during the call.
    const recap = await run(["prep", "--recap", "--customer", "acme"], { env });
    expect(recap.stdout).toContain("│ Acme BV · Ilse, buyer\n");
    expect(recap.stdout).toContain("│ open actions: Send the planning\n");

    expect(prepAsked).toBe(5);
    expect(debriefAsked).toBe(9);
    console.log(`quick prep: ${prepAsked} questions, ${prep.keystrokes} keystrokes; quick debrief: ${debriefAsked} questions, ${debrief.keystrokes} keystrokes`);
  }, 60_000);

  it("asks every step with --full (the flows as they were before the quick form)", async () => {
    const { env, dir } = home();
    const prep = start(["prep", "--full"], env, dir);
    const prepAsked = await typePrep(prep, true);
    expect(await prep.exit).toBe(0);
    expect(prep.screen).toMatch(/1\/12 Who are you going to talk to/);
    const debrief = start(["debrief", "--full"], env, dir);
    const debriefAsked = await typeDebrief(debrief, true);
    expect(await debrief.exit).toBe(0);
    expect(debrief.screen).toMatch(/1\/26 What did the customer actually feel/);
    expect(debrief.screen).not.toContain("Today, practise:");
    expect(prepAsked).toBe(11);
    expect(debriefAsked).toBe(25);
    console.log(`full prep: ${prepAsked} questions, ${prep.keystrokes} keystrokes; full debrief: ${debriefAsked} questions, ${debrief.keystrokes} keystrokes`);
  }, 90_000);

  it("opens the daily with yesterday's intention: yes, partly or no", async () => {
    const { journal, env, dir } = home();
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, "0")}-${String(yesterday.getDate()).padStart(2, "0")}`;
    const answers = writeFile(dir, "daily.yaml", "reflection: Listened well\nintention: Ask first, then tell\n");
    expect((await run(["daily", "--answers", answers, "--at", `${day} 17:30`], { env })).code).toBe(0);

    const cli = start(["daily"], env, dir);
    await cli.waitFor(/1\/3 Yesterday you meant to: “Ask first, then tell”\. Did you\?/);
    await cli.waitFor(/❯ Yes/);
    await cli.press("down");
    await cli.waitFor(/❯ Partly/);
    await cli.press("enter");
    await cli.waitFor(/2\/3 Today's question:/);
    await cli.line("I let a silence be");
    await cli.waitFor(/3\/3 What will you do differently tomorrow, or do again\?/);
    await cli.line("Name the doubt I hear");
    await cli.waitFor("Saved:");
    expect(await cli.exit).toBe(0);
    const saved = journalEntries(journal)[1]!;
    expect(saved.answers[0]).toMatchObject({ step: "intention_kept", answer: "partly" });
    console.log(`quick daily: 3 questions, ${cli.keystrokes} keystrokes`);
  }, 30_000);

  it("keeps drafts for two customers and resumes each on its own", async () => {
    const { journal, env, dir } = home();
    const drafts = () => fs.readdirSync(path.join(journal, "drafts")).sort();
    for (const [customer, who] of [["Bakkerij Zoet", "Jan, owner"], ["Acme", "Ilse, buyer"]] as const) {
      const cli = start(["prep", "--customer", customer], env, dir);
      await cli.waitFor(/1\/5 Who are you going to talk to\?/);
      await cli.line(who);
      await cli.waitFor(/2\/5 How might they feel/);
      await cli.press("ctrl-c");
      expect(await cli.exit).toBe(130);
      expect(cli.screen).toContain(`empathy prep --resume --customer ${customer.includes(" ") ? `"${customer}"` : customer}`);
    }
    expect(drafts()).toEqual(["prep-acme.yaml", "prep-bakkerij-zoet.yaml"]);

    // Without a customer, --resume asks which.
    const which = start(["prep", "--resume"], env, dir);
    await which.waitFor("Which unfinished one do you want to continue?");
    await which.waitFor(/❯ 1 answer for Acme/);
    await which.press("down");
    await which.waitFor(/❯ 1 answer for Bakkerij Zoet/);
    await which.press("enter");
    await which.waitFor("Continuing with 1 answer kept.");
    await which.waitFor(/2\/5 How might they feel/);
    await which.press("ctrl-c");
    expect(await which.exit).toBe(130);

    // With one, it takes that customer's draft and leaves the other alone.
    const acme = start(["prep", "--resume", "--customer", "acme"], env, dir);
    await acme.waitFor(/2\/5 How might they feel/);
    await pickFirst(acme, /❯\s*◯ worried/);
    await acme.waitFor(/3\/5 What might they need/);
    await pickFirst(acme, /❯\s*◯ certainty/);
    await acme.waitFor(/4\/5 Which questions/);
    await acme.line("What changed?");
    // The next item's prompt first: an Enter typed before it is drawn can be lost.
    await acme.waitFor(/item 2, empty line to finish/);
    await acme.press("enter");
    await acme.waitFor(/5\/5 Which judgement/);
    await acme.line("They want it cheap");
    await acme.waitFor("Saved:");
    expect(await acme.exit).toBe(0);
    expect(drafts()).toEqual(["prep-bakkerij-zoet.yaml"]);
    const [saved] = journalEntries(journal);
    expect(saved!.answers[0]).toMatchObject({ step: "who", answer: "Ilse, buyer" });
    expect(parse(fs.readFileSync(path.join(journal, "drafts", "prep-bakkerij-zoet.yaml"), "utf8")).answers).toEqual([
      expect.objectContaining({ step: "who", answer: "Jan, owner" }),
    ]);
  }, 60_000);

  it("opens the home menu on the suggested next step, lists summary and share, and leaves on Escape", async () => {
    const { env, dir } = home();
    const answers = writeFile(dir, "prep.yaml", "customer: Acme\nwho: Ilse\nexpected_emotions: [worried]\nexpected_needs: [certainty]\nquestions: [Why?]\nassumptions: Price\n");
    expect((await run(["prep", "--answers", answers], { env })).code).toBe(0);
    const cli = start([], env, dir);
    await cli.waitFor("What would you like to do?");
    // A prep waits for its debrief: that is where the cursor is.
    await cli.waitFor(/prep\s+prepare a customer call[^❯]*❯ debrief/);
    // Every command of the day, in one list, below the cursor.
    await cli.waitFor(/\s+daily\s[^❯]*\s+actions\s[^❯]*\s+list\s[^❯]*\s+summary\s[^❯]*\s+share\s[^❯]*Quit/);
    await cli.press("escape");
    expect(await cli.exit).toBe(0);
  }, 30_000);
});
