import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS } from "../fixtures/answers.js";
import { entryFiles, run, tempHome, writeFile } from "../helpers/cli.js";

/** An "editor" that applies a sed expression to the file it is given. */
function sedEditor(dir: string, expr: string): string {
  return writeFile(dir, `editor-${Math.random().toString(36).slice(2)}.sh`, `#!/bin/sh\nsed -i '${expr}' "$1"\n`);
}

describe("edit", () => {
  it("saves a valid edit in place and keeps the file private", async () => {
    const { dir, env, journal } = tempHome();
    await run(["debrief", "--customer", "Acme", "--full", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const [file] = entryFiles(journal);
    const editor = sedEditor(dir, "s/A fixed delivery date/A fixed date, in writing/");
    fs.chmodSync(editor, 0o755);
    const r = await run(["edit", "2026-11-16T1100"], { env: { ...env, EDITOR: editor } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const text = fs.readFileSync(path.join(journal, file!), "utf8");
    expect(text).toContain("A fixed date, in writing");
    expect(fs.statSync(path.join(journal, file!)).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(path.join(journal, "drafts"))).toBe(false); // the scratch copy lives elsewhere
  });

  it("does not save over an entry that changed while it was being edited, and keeps the edited version", async () => {
    const { dir, env, journal } = tempHome();
    await run(["debrief", "--customer", "Acme", "--full", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const [file] = entryFiles(journal);
    const entry = path.join(journal, file!);
    // While the editor is open, the entry changes underneath (as `done` in another terminal would).
    const editor = writeFile(dir, "editor.sh", `#!/bin/sh\nsed -i 's/A fixed delivery date/Mine/' "$1"\nprintf '# changed meanwhile\\n' >> '${entry}'\n`);
    fs.chmodSync(editor, 0o755);
    const r = await run(["edit", "2026-11-16T1100"], { env: { ...env, EDITOR: editor } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("changed while you edited it");
    const text = fs.readFileSync(entry, "utf8");
    expect(text).toContain("# changed meanwhile");
    expect(text).not.toContain("Mine");
    const kept = fs.readdirSync(path.join(journal, "drafts"));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(journal, "drafts", kept[0]!), "utf8")).toContain("Mine");
    expect(r.stderr).toContain(kept[0]);
  });

  it("refuses an edit whose answer does not fit its question, such as a rating out of range", async () => {
    const { dir, env, journal } = tempHome();
    await run(["debrief", "--customer", "Acme", "--full", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const [file] = entryFiles(journal);
    const before = fs.readFileSync(path.join(journal, file!), "utf8");
    // The answer line right after the perspective rating's question gets a 17.
    const editor = sedEditor(dir, "/step: perspective/,/answer:/ s/answer: .*/answer: 17/");
    fs.chmodSync(editor, 0o755);
    const r = await run(["edit", "2026-11-16T1100"], { env: { ...env, EDITOR: editor } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('step "perspective": expected a whole number from 1 to 5');
    expect(fs.readFileSync(path.join(journal, file!), "utf8")).toBe(before);
  });

  it("throws away an invalid edit and leaves the entry as it was", async () => {
    const { dir, env, journal } = tempHome();
    await run(["debrief", "--customer", "Acme", "--full", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const [file] = entryFiles(journal);
    const before = fs.readFileSync(path.join(journal, file!), "utf8");
    const editor = sedEditor(dir, "s/^createdAt: .*/createdAt: last tuesday/");
    fs.chmodSync(editor, 0o755);
    const r = await run(["edit", "2026-11-16T1100"], { env: { ...env, VISUAL: editor } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line \d+: createdAt: /);
    expect(r.stderr).toContain("not saved");
    expect(fs.readFileSync(path.join(journal, file!), "utf8")).toBe(before);
  });
});

describe("export", () => {
  it("writes JSON, one CSV row per answer, and Markdown", async () => {
    const { dir, env } = tempHome();
    await run(["debrief", "--customer", "=HYPERLINK(\"x\")", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const json = JSON.parse((await run(["export"], { env })).stdout);
    expect(json).toHaveLength(1);
    const answers = json[0].answers.length;

    const out = path.join(dir, "out.csv");
    const csv = await run(["export", "--format", "csv", "--out", out], { env });
    expect(csv.code).toBe(0);
    const lines = fs.readFileSync(out, "utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe("entry,kind,created_at,customer,exercise,step,type,question,answer,tags");
    expect(lines).toHaveLength(answers + 1);
    // A customer name cannot become a spreadsheet formula.
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);

    const md = await run(["export", "--format", "md", "--kind", "debrief"], { env });
    expect(md.stdout).toMatch(/^## 2026-11-16 11:00 · debrief · /m);
    expect(md.stdout).toContain("- [ ] Send the planning (2026-11-26)");
  });
});

describe("edit without a terminal", () => {
  // Finding 10: `edit` without a terminal started vi, which only said "Input is not from a terminal".
  it("says it needs a terminal unless an editor is set, and starts none", async () => {
    const { env } = tempHome();
    expect((await run(["daily", "--answers", "-", "--at", "2026-11-16 17:00"], { env, input: DAILY_ANSWERS })).code).toBe(0);
    const r = await run(["edit", "2026-11-16T1700"], { env: { ...env, PATH: "/nonexistent" }, input: "" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("empathy: edit opens an editor and needs a terminal; run it in one, or set $VISUAL or $EDITOR to an editor that works without\n");
  });
});
