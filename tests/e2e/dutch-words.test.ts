import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { run, tempHome, writeFile } from "../helpers/cli.js";

/**
 * Words that are English and not Dutch: one of them in a Dutch run's output is a message that
 * skipped the catalogue. (Loanwords that Dutch uses too, such as "cache", "e-mail" or "team",
 * are not on the list.)
 */
const ENGLISH = [
  "the", "and", "with", "without", "to", "were", "could", "cannot", "not", "no", "yet", "only", "your", "you", "this", "that", "there",
  "file", "files", "folder", "entry", "entries", "skipped", "saved", "expected", "received", "found", "invalid", "input", "undefined",
  "missing", "usage", "options", "commands", "arguments", "error", "unknown", "empty", "linked", "answered", "too", "large", "none",
  "day", "days", "streak", "follow-up", "action", "actions", "customer", "customers", "trash", "setting", "removed",
  "deleted", "restored", "moved", "did", "mean", "allowed", "choices", "default", "required", "argument", "got", "tags",
  "step", "which", "twice", "least", "condition", "must", "unique", "key", "keys", "indented",
];
const WORD = new RegExp(`(?<![\\p{L}\\p{N}_./-])(${ENGLISH.join("|")})(?![\\p{L}\\p{N}_/-])`, "giu");

/** What a person reads: without paths, ids, options and the commands the output suggests. */
function prose(text: string): string {
  return text
    .replace(/\S*\/\S*/g, " ") // paths
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{4}[\w-]*/g, " ") // entry ids
    .replace(/(?<![\w-])--?[a-z][\w-]*/gi, " ") // options
    .replace(/\bempathy(?: [a-z]+)*/g, " ") // the commands suggested, such as "empathy actions"
    .replace(/`[^`]*`/g, " ")
    .replace(/(['"])[\w-]+\1/g, " ") // a placeholder or a value as typed: 'action-id', "no"
    .replace(/(^|\[|- )[\w-]+:/gm, "$1 "); // step and option ids, as `exercises show` lists them
}

/** A help text as a person reads it: without the commands it lists and the placeholders of the syntax. */
function helpProse(text: string): string {
  return text
    .replace(/^ {2}[a-z][\w-]*(?= )/gm, " ") // a command in the list of commands
    .replace(/<[\w.-]+>|\[[\w.-]+\]/g, " "); // <file>, [id], <text...>
}

function englishIn(text: string): string[] {
  return [...prose(text).matchAll(WORD)].map((m) => m[1]!);
}

const home = tempHome();
const env = { ...home.env, LANG: "nl_NL.UTF-8", EDITOR: "true", VISUAL: "true" };
const journal = home.journal;
const flows = path.join(home.dir, "flows");

beforeAll(async () => {
  expect((await run(["--lang", "nl", "demo", "--out", journal, "--entries", "120", "--seed", "4"], { env })).code).toBe(0);
  // Files a journal may come to hold by hand, a sync tool or a crash.
  const month = path.join(journal, "2026", "11");
  writeFile(month, "2026-11-17T0900-prep-kapot.yaml", "schema: 1\nid: [\n");
  writeFile(month, "2026-11-17T0901-prep-leeg.yaml", "schema: 1\nkind: prep\n");
  writeFile(month, "2026-11-17T0902-daily.yaml", "");
  writeFile(month, "2026-11-17T0903-daily.yaml", "schema: 7\n");
  writeFile(month, "notities.yaml", "x: 1\n");
  writeFile(month, "2026-11-17T0904-daily.yaml", "schema: 1\nid: 2026-11-17T0904-daily\nkind: daily\ncreatedAt: gisteren\nlang: nl\nexercise: {id: daily, version: 1}\nanswers: []\nextra: 1\n");
  fs.mkdirSync(path.join(month, "2026-11-17T0905-daily.yaml"));
  fs.symlinkSync(path.join(month, "notities.yaml"), path.join(month, "2026-11-17T0906-daily.yaml"));
  fs.copyFileSync(path.join(month, fs.readdirSync(month).find((n) => n.includes("-debrief-"))!), path.join(month, "2026-11-17T0907-prep-kopie.yaml"));
  writeFile(home.dir, "bad-exercise.yaml", "id: Mijn Oefening\nphase: lunch\n");
  writeFile(home.dir, "twice.yaml", "id: a\nid: b\n");
  writeFile(home.dir, "no-yaml.yaml", "id: [\n");
  // An own exercise with every mistake of its steps the schema names, and one with every mistake between steps.
  const head = "id: mijn-oefening\nversion: 1\nphase: debrief\ntitle: {nl: T, en: T}\nintro: {nl: I, en: I}\nsource: [\"004\"]\nsteps:\n";
  const step = (id: string, more = "") => `  - {id: ${id}, type: text, prompt: {nl: V, en: Q}, source: ["004"]${more}}\n`;
  writeFile(home.dir, "bad-steps.yaml", `${head}  - {id: a, type: choice, prompt: {nl: V, en: Q}, source: [], options: [{id: x, label: {nl: x, en: x}}]}
  - {id: r, type: rotating, prompt: {nl: V, en: Q}, source: ["004"], pool: [{id: p, prompt: {nl: p, en: p}, source: "004"}]}\n`);
  writeFile(home.dir, "bad-order.yaml", `${head}${step("a")}${step("a", ", when: {step: zz, answered: true}")}
  - {id: s, type: rating, min: 1, max: 5, focus: {nl: F, en: F}, form: quick, prompt: {nl: V, en: Q}, labels: {min: {nl: l, en: l}, max: {nl: h, en: h}}, source: ["004"]}
${step("t", ", form: quick")}${step("u", ", when: {step: t, answered: true}")}${step("v", ", form: both")}${step("w", ", form: quick, when: {step: u, answered: true}")}`);
});

describe("a Dutch run speaks Dutch", () => {
  it("in every command, in its messages and its errors", async () => {
    /** A run's output; with `data`, only its messages: a CSV's column names and option ids are a file format, not words. */
    const dutch = async (args: string[], opts: { input?: string; journal?: string; code?: number; data?: boolean } = {}) => {
      const r = await run(["--lang", "nl", ...(opts.journal ? ["--journal", opts.journal] : []), ...args], { env, ...(opts.input && { input: opts.input }) });
      expect([args.join(" "), r.code]).toEqual([args.join(" "), opts.code ?? 0]);
      return { out: `${opts.data ? "" : r.stdout}\n${r.stderr}`, args: args.join(" ") };
    };
    const [action] = JSON.parse((await run(["actions", "--json"], { env })).stdout) as { id: string; entry: string }[];
    const DUTCH_PREP = PREP_ANSWERS.replace("Ilse de Vries, buyer at Acme", "Ilse de Vries, inkoper bij Acme")
      .replace("What keeps you busy most?", "Waar ben je het meest mee bezig?")
      .replace("What would a good outcome be for you?", "Wat zou voor jou een goede uitkomst zijn?")
      .replace("That she only looks at the price", "Dat ze alleen naar de prijs kijkt");
    const outputs = [
      await dutch([]),
      await dutch(["status"]),
      // The recap card shows the answers themselves: a Dutch salesperson's are Dutch.
      await dutch(["prep", "--answers", "-", "--at", "2026-11-20 09:00", "--tag", "verlenging", "--channel", "phone"], { input: DUTCH_PREP, journal: flows }),
      await dutch(["debrief", "--customer", "Acme BV", "--answers", "-", "--at", "2026-11-20 11:00"], { input: DEBRIEF_ANSWERS, journal: flows }),
      await dutch(["daily", "--answers", "-", "--at", "2026-11-20 18:00"], { input: DAILY_ANSWERS, journal: flows }),
      await dutch(["list"]),
      await dutch(["list", "-n", "3", "--kind", "debrief"]),
      await dutch(["show", "last"]),
      await dutch(["edit", "last"]),
      await dutch(["actions", "--all"]),
      await dutch(["done", action!.id]),
      await dutch(["done", action!.id, "--undo"]),
      await dutch(["summary", "--since", "12w"]),
      await dutch(["summary", "--format", "md"]),
      await dutch(["share", "--since", "30d"]),
      await dutch(["share", "--format", "md"]),
      await dutch(["export", "--format", "md", "--since", "7d"]),
      await dutch(["review", journal, "--since", "12w"]),
      await dutch(["review", journal, "--format", "md", "--anonymize"]),
      await dutch(["note", action!.entry, "Vraag", "naar", "de", "prijs", "--for", journal]),
      await dutch(["delete", "last"]),
      await dutch(["restore", "--list"]),
      await dutch(["restore", "last"], { code: 1 }),
      await dutch(["config", "set", "workdays", "1,2,3,4"]),
      await dutch(["config", "set", "workdays", "1,9"], { code: 2 }),
      await dutch(["config", "list"]),
      await dutch(["where"]),
      await dutch(["exercises", "list"]),
      await dutch(["exercises", "show", "debrief"]),
      await dutch(["exercises", "validate", path.join(home.dir, "bad-exercise.yaml")], { code: 1 }),
      await dutch(["exercises", "validate", path.join(home.dir, "bad-steps.yaml"), path.join(home.dir, "bad-order.yaml")], { code: 1 }),
      await dutch(["exercises", "validate", path.join(home.dir, "twice.yaml"), path.join(home.dir, "no-yaml.yaml")], { code: 1 }),
      await dutch(["daily", "--answers", "-"], { input: "reflection: [\n", journal: flows, code: 1 }),
      await dutch(["nudge"]),
      await dutch(["list", "--since", "garbage"], { code: 2 }),
      await dutch(["list", "--kund", "prep"], { code: 2 }),
      await dutch(["list", "--kind", "lunch"], { code: 2 }),
      await dutch(["done"], { code: 2 }),
      await dutch(["show", "2099"], { code: 1 }),
      await dutch(["prep", "--answers", "-", "--channel", "telefoon"], { input: DUTCH_PREP, journal: flows, code: 2 }),
      await dutch(["prep", "--full", "--quick"], { code: 2 }),
      await dutch(["debrief", "--prep", "2099"], { input: DEBRIEF_ANSWERS, journal: flows, code: 1 }),
      await dutch(["export", "--format", "csv", "--excel"], { data: true }),
      await dutch(["export", "--format", "csv", "--wide", "--since", "7d"], { data: true }),
      await dutch(["export", "--format", "xml"], { code: 2 }),
      await dutch(["share"]),
      await dutch(["summary", "--since", "garbage"], { code: 2 }),
      await dutch(["review", journal, "--details"]),
      await dutch(["review", path.join(home.dir, "nergens")], { code: 1 }),
      await dutch(["exercises", "list"], { journal: flows }),
      await dutch(["exercises", "show", "prep"]),
      await dutch(["exercises", "show", "daily"]),
      await dutch(["exercises", "show", "lunch"], { code: 1 }),
      await dutch(["config", "get", "lang"]),
      await dutch(["config", "get", "kleur"], { code: 2 }),
      await dutch(["config", "set", "depth", "diep"], { code: 2 }),
      await dutch(["encryption", "status"]),
      await dutch(["encryption", "add-recipient", "geen-sleutel"], { code: 2 }),
      await dutch(["completion", "powershell"], { code: 2 }),
      await dutch(["completion"], { code: 2 }),
      await dutch(["bestaatniet"], { code: 2 }),
      await dutch(["lsit"], { code: 2 }),
      await dutch(["list", "--number", "veel"], { code: 2 }),
      await dutch(["show"], { code: 2 }),
      await dutch(["list", "extra"], { code: 2 }),
      await dutch(["demo", "--out", path.join(home.dir, "demo"), "--entries", "12", "--seed", "2"]),
      await dutch(["review", journal, "--format", "html", "--out", path.join(home.dir, "review.html")]),
      await dutch(["encryption", "init", "--no-passphrase"]),
      await dutch(["encryption", "on"], { journal: flows }),
      await dutch(["encryption", "status"], { journal: flows }),
      await dutch(["list"], { journal: flows }),
      await dutch(["encryption", "off"], { journal: flows }),
    ];
    // The review's file health names each broken file with its reason.
    expect(outputs.find((o) => o.args.startsWith("review"))!.out).toContain("onbekende schemaversie 7");
    // Every mistake an own exercise can have between its steps is told, in Dutch.
    const checked = outputs.find((o) => o.args.includes("bad-order"))!.out;
    for (const words of ["noem minstens één artikel", "minstens twee keuzes", "minstens twee vragen", 'stap-id "a" komt twee keer voor', 'kijkt naar "zz"', "laat form: quick weg", "de korte vorm stelt", "de volledige vorm stelt"])
      expect(checked).toContain(words);
    const found = outputs.map((o) => ({ command: o.args, english: englishIn(o.out) })).filter((o) => o.english.length > 0);
    expect(found).toEqual([]);
  }, 180_000);

  it("in the help of every command and subcommand", async () => {
    /** The command names a help text lists under its heading "Opdrachten:". */
    const subcommands = (help: string) =>
      (help.split("\nOpdrachten:\n")[1] ?? "").split("\n\n")[0]!.split("\n").map((l) => /^ {2}([a-z][\w-]*)/.exec(l)?.[1]).filter((c): c is string => !!c && c !== "help");
    const found: { command: string; english: string[] }[] = [];
    const visit = async (command: string[]): Promise<number> => {
      const r = await run(["--lang", "nl", ...command, "--help"], { env });
      expect([command.join(" "), r.code]).toEqual([command.join(" "), 0]);
      const english = englishIn(helpProse(r.stdout));
      if (english.length > 0) found.push({ command: command.join(" "), english });
      let seen = 1;
      for (const sub of subcommands(r.stdout)) seen += await visit([...command, sub]);
      return seen;
    };
    // Every command, the nested ones (encryption, exercises, config) included.
    expect(await visit([])).toBeGreaterThan(30);
    expect(found).toEqual([]);
  }, 120_000);

  it("in --help: the parser's headings are Dutch too", async () => {
    const r = await run(["--lang", "nl", "list", "--help"], { env });
    expect(r.stdout).toMatch(/^Gebruik: empathy list \[opties\]/);
    expect(r.stdout).toContain("Opties:");
    expect(r.stdout).not.toMatch(/Usage:|Options:|\(default:|\(choices:/);
    const top = await run(["--lang", "nl", "--help"], { env });
    expect(top.stdout).toContain("Opdrachten:");
    expect(top.stdout).toContain("prep [opties]");
    expect(top.stdout).not.toMatch(/Commands:|\[options\]/);
  });

  it("the word check finds English where there is some", () => {
    expect(englishIn("1 file in the journal could not be read and were skipped")).toEqual(["file", "the", "could", "not", "and", "were", "skipped"]);
    expect(englishIn("id: Invalid input: expected string, received undefined")).toEqual(["Invalid", "input", "expected", "received", "undefined"]);
    expect(englishIn("Gebruik: empathy list [opties] --customer /tmp/the/file.yaml")).toEqual([]);
  });
});
