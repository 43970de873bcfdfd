import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadExercises, loadMenus, pickExercise } from "../../src/exercises/load.js";
import { draftFile, draftFiles } from "../../src/journal/draft-files.js";
import { listDrafts, loadDraft, saveDraft, type Draft } from "../../src/session/drafts.js";
import { runFlow } from "../../src/session/flow.js";
import type { Prompter, StepView } from "../../src/session/prompter.js";
import { tempDir } from "../helpers/temp.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const journal = () => {
  const d = tempDir("empathy-drafts-");
  dirs.push(d);
  return d;
};

const draft = (customer?: string, answers = 1): Draft => ({
  kind: "prep",
  lang: "en",
  exercise: { id: "prep", version: 1 },
  ...(customer && { customer }),
  depth: "quick",
  at: "2026-11-16T10:00:00+01:00",
  updatedAt: "2026-11-16T10:01:00+01:00",
  answers: Array.from({ length: answers }, () => ({ step: "who", type: "text", question: "Who?", answer: customer ?? "?" })),
  skipped: [],
});

describe("drafts per flow and customer", () => {
  it("keeps one file per customer, named after the customer", async () => {
    const j = journal();
    await saveDraft(j, draft("Bakkerij Zoet"));
    await saveDraft(j, draft("Café Zoë"));
    await saveDraft(j, { ...draft(), kind: "daily", exercise: { id: "daily", version: 2 } });
    expect(draftFiles(j).map((f) => path.basename(f.file))).toEqual(["daily.yaml", "prep-bakkerij-zoet.yaml", "prep-cafe-zoe.yaml"]);
    expect(draftFiles(j, "prep").map((f) => f.kind)).toEqual(["prep", "prep"]);
    expect(draftFile(j, "prep", "../../etc")).toBe(path.join(j, "drafts", "prep-etc.yaml"));
  });

  it("finds the drafts of one customer whatever the spelling, and all of them without one", async () => {
    const j = journal();
    await saveDraft(j, draft("Bakkerij Zoet"));
    await saveDraft(j, draft("Acme", 2));
    expect((await listDrafts(j, "prep", "bakkerij zoet")).drafts.map((d) => d.draft.customer)).toEqual(["Bakkerij Zoet"]);
    expect((await listDrafts(j, "prep")).drafts.map((d) => d.draft.customer)).toEqual(["Acme", "Bakkerij Zoet"]);
    expect((await listDrafts(j, "debrief")).drafts).toEqual([]);
    expect((await loadDraft(j, "prep", "Acme")).draft?.answers).toHaveLength(2);
  });

  it("reports a damaged draft and leaves it as it is", async () => {
    const j = journal();
    fs.mkdirSync(path.join(j, "drafts"));
    const bad = path.join(j, "drafts", "prep-acme.yaml");
    fs.writeFileSync(bad, "kind: [\n");
    const { drafts, problems } = await listDrafts(j, "prep");
    expect(drafts).toEqual([]);
    expect(problems).toEqual([bad]);
    expect(fs.readFileSync(bad, "utf8")).toBe("kind: [\n");
  });

  it("reads a draft from before drafts were kept per customer as one that asked every step", async () => {
    const j = journal();
    fs.mkdirSync(path.join(j, "drafts"));
    fs.writeFileSync(
      path.join(j, "drafts", "prep.yaml"),
      "kind: prep\nexercise: {id: prep, version: 1}\ncustomer: Acme\nat: 2026-11-16T10:00:00+01:00\nupdatedAt: 2026-11-16T10:01:00+01:00\nanswers: []\n",
    );
    const [old] = (await listDrafts(j, "prep", "Acme")).drafts;
    expect(old!.draft.depth).toBe("full");
  });

  it("replaces such an older draft file once the resumed flow is saved", async () => {
    const j = journal();
    const [{ exercises }, menus] = await Promise.all([loadExercises(), loadMenus()]);
    const old = path.join(j, "drafts", "prep.yaml");
    fs.mkdirSync(path.dirname(old));
    fs.writeFileSync(old, "left from an older version");
    const answers: Record<string, unknown> = { who: "Ilse", expected_emotions: ["worried"], expected_needs: ["certainty"], questions: ["Why?"], assumptions: "Price" };
    const prompter: Prompter = { ask: async (v: StepView) => answers[v.step.id] };
    await runFlow({
      journal: j,
      exercise: pickExercise(exercises, "prep"),
      lang: "en",
      menus,
      prompter,
      at: new Date("2026-11-16T10:00:00"),
      customer: "Acme",
      depth: "quick",
      keepDraft: true,
      actionIds: new Set(),
      resumed: { answers: [], skipped: [], file: old },
    });
    expect(fs.readdirSync(path.join(j, "drafts"))).toEqual([]);
  });
});
