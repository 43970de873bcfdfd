import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { entryFiles, run, tempHome } from "../helpers/cli.js";

/** Findings of a review of the first version, each kept from coming back. */
describe("regressions", () => {
  it("a back-dated debrief does not link to a prep made after it", async () => {
    const { env } = tempHome();
    await run(["prep", "--answers", "-", "--at", "2026-11-20 09:00"], { env, input: PREP_ANSWERS });
    await run(["debrief", "--customer", "Acme BV", "--answers", "-", "--at", "2026-11-10 11:00"], {
      env,
      input: DEBRIEF_ANSWERS.replace("guess_accuracy: similar\n", ""),
    });
    const [debrief] = JSON.parse((await run(["list", "--kind", "debrief", "--json"], { env })).stdout);
    expect(debrief.links).toBeUndefined();
  });

  it("writes YAML that YAML 1.1 readers take the same way (yes/no and times quoted)", async () => {
    const { env, journal } = tempHome();
    await run(["debrief", "--customer", "Acme", "--full", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const text = fs.readFileSync(path.join(journal, entryFiles(journal)[0]!), "utf8");
    expect(text).toContain('answer: "no"');
    expect(text).toMatch(/^createdAt: "2026-11-16T11:00:00[+-]\d\d:\d\d"$/m);
    expect(parse(text).answers.find((a: { step: string }) => a.step === "signals_agree").answer).toBe("no");
  });

  it("done --undo says what it did", async () => {
    const { env } = tempHome();
    await run(["debrief", "--customer", "Acme", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const [a] = JSON.parse((await run(["actions", "--json"], { env })).stdout);
    expect(a.id).toMatch(/^[0-9a-f]{8}$/);
    expect((await run(["done", a.id, "--undo"], { env })).stdout).toContain("Already open: Send the planning");
    expect((await run(["done", a.id], { env })).stdout).toContain("Done: Send the planning");
    expect((await run(["done", a.id, "--undo"], { env })).stdout).toContain("Open again: Send the planning");
  });

  it("filters find a customer by part of the name, whatever the accents", async () => {
    const { env } = tempHome();
    await run(["debrief", "--customer", "Café Zoë BV", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    const list = JSON.parse((await run(["list", "--customer", "cafe zoe", "--json"], { env })).stdout);
    expect(list).toHaveLength(1);
    expect(JSON.parse((await run(["actions", "--customer", "zoe", "--json"], { env })).stdout)).toHaveLength(2);
    expect(JSON.parse((await run(["list", "--grep", "ZOE", "--json"], { env })).stdout)).toHaveLength(1);
  });

  it("a span means the same period in list and summary: 1d is today", async () => {
    const { env } = tempHome();
    const today = new Date();
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    const yesterday = new Date(today.getTime() - 86_400_000);
    await run(["daily", "--answers", "-", "--at", iso(yesterday)], { env, input: "reflection: a\ngood_moment: b\nintention: c\n" });
    expect(JSON.parse((await run(["list", "--since", "1d", "--json"], { env })).stdout)).toHaveLength(0);
    expect(JSON.parse((await run(["list", "--since", "2d", "--json"], { env })).stdout)).toHaveLength(1);
    expect(JSON.parse((await run(["summary", "--since", "1d", "--json"], { env })).stdout).period.days).toBe(1);
  });

  it("a journal path that is a file is a clear error", async () => {
    const { dir, env } = tempHome();
    const file = path.join(dir, "afile");
    fs.writeFileSync(file, "x");
    const r = await run(["--journal", file, "daily", "--answers", "-"], { env, input: "reflection: a\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("is not a folder");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("review --out cannot write into the team folder itself", async () => {
    const { dir, env } = tempHome();
    await run(["demo", "--out", path.join(dir, "team", "anna"), "--entries", "50"], { env });
    const r = await run(["review", path.join(dir, "team"), "--out", path.join(dir, "team", "report.md"), "--format", "md"], { env });
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(dir, "team", "report.md"))).toBe(false);
  });

  it("--anonymize also hides customers in file names and in the ids of coach notes", async () => {
    const { dir, env } = tempHome();
    const anna = path.join(dir, "team", "anna");
    await run(["--journal", anna, "debrief", "--customer", "Bakkerij Zoet", "--answers", "-", "--at", "2026-11-16 11:00"], { env, input: DEBRIEF_ANSWERS });
    fs.writeFileSync(path.join(anna, "2026", "11", "2026-11-17T0900-prep-bakkerij-zoet.yaml"), "schema: 1\nid: [\n");
    // Copies made by hand or by a sync tool: their names and the ids inside them name the customer.
    const month = path.join(anna, "2026", "11");
    const saved = fs.readdirSync(month).find((n) => n.includes("debrief-bakkerij-zoet"))!;
    fs.copyFileSync(path.join(month, saved), path.join(month, saved.replace(".yaml", " (conflicted copy).yaml")));
    fs.copyFileSync(path.join(month, saved), path.join(month, "2026-11-16T1109-debrief.yaml"));
    await run(["note", "2026-11-16T1100", "Ask about Bakkerij Zoet", "--for", anna], { env });
    for (const format of ["text", "md", "json", "html"]) {
      const r = await run(["review", anna, "--anonymize", "--until", "2026-11-20", "--format", format], { env });
      expect(r.code).toBe(0);
      expect(r.stdout.toLowerCase(), format).not.toContain("bakkerij");
      expect(r.stdout.toLowerCase(), format).not.toContain("zoet");
    }
  });

  it("--anonymize also hides a customer's name written without its legal form or accents", async () => {
    const { env } = tempHome();
    // The prep's answers speak of "a buyer at Acme" for customer "Acme BV".
    await run(["prep", "--answers", "-", "--at", "2026-11-16 09:00"], { env, input: PREP_ANSWERS });
    await run(["debrief", "--customer", "Zoë Bakker", "--full", "--answers", "-", "--at", "2026-11-17 11:00"], {
      env,
      input: DEBRIEF_ANSWERS.replace("She thanked me for listening", "zoe bakker thanked me for listening"),
    });
    await run(["daily", "--full", "--answers", "-", "--at", "2026-11-18 17:00"], { env, input: DAILY_ANSWERS.replace("A customer laughed", "Acme laughed, and so did Zoë Bakker") });
    // An export of some entries knows the customers of the others too.
    const exports = [["export", "--format", "md", "--anonymize"], ["export", "--kind", "daily", "--format", "md", "--anonymize"]];
    for (const args of [...exports, ["share", "--since", "30d", "--until", "2026-11-20"]]) {
      const r = await run(args, { env });
      const what = args.join(" ");
      expect(r.code, what).toBe(0);
      expect(r.stdout, what).toMatch(/Customer [AB]/);
      for (const name of ["acme", "zoe", "zoë", "bakker"]) expect(r.stdout.toLowerCase(), `${what}: ${name}`).not.toContain(name);
    }
  });

});
