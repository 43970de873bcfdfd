/**
 * The review as a coach prepares from it: every member of a team folder accounted for, the
 * flagged calls with what the trainee answered, and no contact's name in what is passed on.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeEntries } from "../../src/demo/write.js";
import type { Entry } from "../../src/journal/entry.js";
import { run, tempHome } from "../helpers/cli.js";
import { daily, debrief, prep } from "../helpers/entries.js";

const UNTIL = "2026-11-24";

/** The questions as the built-in exercises ask them, and one of an own exercise. */
const QUESTIONS: Record<string, string> = {
  who: "Who are you going to talk to? (person, role, organisation)",
  wanted: "What did they want from you, or from this conversation?",
  observed_emotions: "What did the customer actually feel, as you saw and heard it?",
  difficult_moment: "Was there a difficult moment worth a case for the team?",
  discuss_why: "Why do you want to talk it over",
};
const asked = (e: Entry): Entry => ({ ...e, answers: e.answers.map((a) => ({ ...a, question: QUESTIONS[a.step] ?? a.question })) });

function journal(): Entry[] {
  const p = asked(prep("2026-11-20", { customer: "Acme BV", time: "09:00", answers: { who: "Ilse Bakker, project lead at Acme" } }));
  const d = asked(
    debrief("2026-11-20", {
      customer: "Acme BV",
      time: "11:00",
      prep: p.id,
      answers: {
        wanted: "A fixed delivery date",
        observed_emotions: ["worried", "disappointed"],
        good_moment: "Ilse laughed when I named her worry",
        difficult_moment: "Bakker went quiet after the price and I filled the silence",
        discuss_why: "I did not know how to go on",
        discuss_with_coach: true,
      },
    }),
  );
  return [p, { ...d, flags: ["coach"] }, daily("2026-11-21"), daily("2026-11-24")];
}

let home: ReturnType<typeof tempHome>;
let team: string;

beforeAll(async () => {
  home = tempHome();
  team = path.join(home.dir, "team");
  for (const name of ["anna", "bram", "chris"]) await writeEntries(path.join(team, name), journal());
  await writeEntries(path.join(team, "dave", "journal"), journal());
  fs.mkdirSync(path.join(team, "emma"));
  fs.symlinkSync(path.join(team, "anna"), path.join(team, "gina"));
  // A member the reviewing user may not open is the process tests' (root may open anything).
});

const review = (args: string[]) => run(["review", team, "--until", UNTIL, ...args], { env: home.env });

describe("a team review", () => {
  it("reviews the three journals and lists the three other members first, with their reasons, in every format", async () => {
    const reasons = [
      [path.join(team, "dave"), `holds a journal one level deeper: review \`${path.join(team, "dave", "journal")}\``],
      [path.join(team, "emma"), "empty folder"],
      [path.join(team, "gina"), "a link, not followed"],
    ];
    for (const format of ["text", "md", "html"]) {
      const r = await review(["--format", format]);
      expect(r.stderr, format).toBe("");
      expect(r.code, format).toBe(0);
      const text = format === "html" ? r.stdout.replace(/<\/?code>/g, "`") : format === "md" ? r.stdout.replace(/\\(.)/g, "$1") : r.stdout.replace(/\n\s+/g, " ");
      const first = text.indexOf("Not reviewed (3):");
      expect(first, format).toBeGreaterThan(-1);
      // First: before the team table and any trainee.
      expect(first, format).toBeLessThan(text.search(/Team|anna/));
      for (const [p, why] of reasons) expect(text, format).toContain(`${p}: ${why}`);
    }
    const json = JSON.parse((await review(["--format", "json"])).stdout);
    expect(Object.keys(json).slice(0, 2)).toEqual(["schema", "notReviewed"]);
    expect(json.trainees.map((t: { name: string }) => t.name)).toEqual(["anna", "bram", "chris"]);
    expect(json.notReviewed.map((n: { reason: string; error?: string }) => [n.reason, n.error])).toEqual([["nested", undefined], ["empty", undefined], ["link", undefined]]);
    expect(json.notReviewed[0]).toMatchObject({ journal: path.join(team, "dave", "journal"), text: reasons[0]![1] });
  });

  it("shows each flagged call with what the trainee answered, under the questions asked, before the figures", async () => {
    const text = (await review([])).stdout;
    const md = (await review(["--format", "md"])).stdout;
    const html = (await review(["--format", "html"])).stdout;
    for (const [format, out] of [["text", text.replace(/\n\s+/g, " ")], ["md", md], ["html", html]] as const) {
      for (const qa of [
        [QUESTIONS.wanted, "A fixed delivery date"],
        [QUESTIONS.observed_emotions, "worried, disappointed"],
        [QUESTIONS.difficult_moment, "Bakker went quiet after the price and I filled the silence"],
        [QUESTIONS.discuss_why, "I did not know how to go on"],
      ])
        for (const part of qa) expect(out, `${format}: ${part}`).toContain(part);
    }
    // The coach reads the openers, then the flagged call, then the figures.
    const anna = text.slice(text.indexOf("\nanna\n"));
    const at = (s: string) => anna.indexOf(s);
    expect(at("For the conversation")).toBeGreaterThan(-1);
    expect(at("For the conversation")).toBeLessThan(at("Flagged to discuss (1):"));
    expect(at("Flagged to discuss (1):")).toBeLessThan(at("In figures"));
    expect(text).toContain(`${QUESTIONS.discuss_why}: I did not know how to go on`);
    for (const [out, order] of [
      [md, ["**Conversation openers:**", "**Flagged to discuss (1):**", "### Summary"]],
      [html, ['<ol class="openers">', '<ul class="flagged">', '<div class="stats">']],
    ] as const) {
      const at = order.map((mark) => out.indexOf(mark));
      expect(at.every((x) => x > -1) && at[0]! < at[1]! && at[1]! < at[2]!, `${order.join(" < ")}: ${at.join(", ")}`).toBe(true);
    }
    const details = (await review(["--details"])).stdout;
    expect(details).toContain("Listening skills");
    expect(text).not.toContain("Listening skills");
  });
});

describe("passing a journal on", () => {
  it("hides the prep's contact, by full name and by first or last name, in share, --anonymize reviews and exports", async () => {
    const anna = path.join(team, "anna");
    const shared = await run(["--journal", anna, "share", "--until", UNTIL], { env: home.env });
    expect(shared.stdout).toContain("Contact A laughed when I named her worry");
    expect(shared.stdout).toContain("Contact A went quiet after the price");
    expect(shared.stdout.replace(/\s+/g, " ")).toContain("Other names in free text are not replaced");
    const outs = [
      shared.stdout,
      (await run(["--journal", anna, "export", "--anonymize", "--format", "md"], { env: home.env })).stdout,
      (await run(["--journal", anna, "export", "--anonymize"], { env: home.env })).stdout,
      ...(await Promise.all(["text", "md", "html"].map(async (f) => (await review(["--anonymize", "--format", f])).stdout))),
    ];
    for (const out of outs) expect(out).not.toMatch(/Ilse|Bakker/);
    const nl = await run(["--lang", "nl", "--journal", anna, "share", "--until", UNTIL], { env: home.env });
    expect(nl.stdout).toContain("Contactpersoon A laughed");
  });
});
