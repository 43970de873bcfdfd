import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJournal } from "../../src/demo/generate.js";
import { writeEntries } from "../../src/demo/write.js";
import { loadExercises, loadMenus, pickExercise, type Menus } from "../../src/exercises/load.js";
import type { Exercise } from "../../src/exercises/schema.js";
import type { Lang } from "../../src/i18n/lang.js";
import { DEFAULT_RULES } from "../../src/insights/streak.js";
import type { Entry } from "../../src/journal/entry.js";
import { renderReviewHtml } from "../../src/render/review-html.js";
import { barChart, calendarChart, esc, sparklineChart } from "../../src/render/svg-charts.js";
import { addNote } from "../../src/review/notes.js";
import { assembleReview, readTrainees, type ReviewReport } from "../../src/review/review.js";
import { resolveTrainees } from "../../src/review/targets.js";
import { tempDir } from "../helpers/temp.js";

const SCRIPT = "<script>alert(1)</script>";
const IMG = `"><img src=x>`;
const UNTIL = "2026-11-20";
const SINCE = "2026-08-29"; // 12 weeks

/** Tags the report may contain: anything else would be injected markup. */
const TAGS = new Set(
  "html head meta title style body main header footer nav section div h1 h2 h3 h4 p ul ol li table thead tbody tr th td a strong dl dt dd span b br code figure figcaption svg rect circle path text".split(" "),
);

let root: string;
let exercises: { prep: Exercise; debrief: Exercise; daily: Exercise };
let menus: Menus;

/** A generated journal; Acme BV is renamed to a script tag, every good moment is an image tag. */
async function writeJournal(dir: string, seed: number, entries: number, hostile = false): Promise<Entry[]> {
  let list = await generateJournal({ seed, lang: "en", until: UNTIL, entries, exercises, menus });
  if (hostile)
    list = list.map((e) => ({
      ...e,
      ...(e.customer === "Acme BV" && { customer: SCRIPT }),
      answers: e.answers.map((a) => (a.step === "good_moment" ? { ...a, answer: IMG } : a)),
    }));
  await writeEntries(dir, list);
  return list;
}

async function review(dirs: string[], lang: Lang, dataDir = path.join(root, "coach-data")): Promise<ReviewReport> {
  const { trainees, notReviewed } = resolveTrainees(dirs, root);
  return assembleReview(await readTrainees(trainees, { dataDir }), {
    notReviewed, since: SINCE, until: UNTIL, rules: DEFAULT_RULES, menus, debrief: exercises.debrief,
    lang, sort: "name", pseudonymWord: "Customer",
  });
}

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

/** Asserts without printing a whole report when it fails. */
function present(text: string, what: RegExp | string): void {
  expect(typeof what === "string" ? text.includes(what) : what.test(text), `expected to find ${what}`).toBe(true);
}
function absent(text: string, what: RegExp | string): void {
  const at = typeof what === "string" ? text.indexOf(what) : text.search(what);
  expect(at, `expected no ${what}, found: ${text.slice(Math.max(0, at - 80), at + 80)}`).toBe(-1);
}

beforeAll(async () => {
  root = tempDir("empathy-html-");
  const [{ exercises: all }, m] = await Promise.all([loadExercises(), loadMenus()]);
  menus = m;
  exercises = { prep: pickExercise(all, "prep"), debrief: pickExercise(all, "debrief"), daily: pickExercise(all, "daily") };
  const anna = await writeJournal(path.join(root, "team", "anna"), 11, 160, true);
  await writeJournal(path.join(root, "team", "bram"), 12, 120);
  // Two files the reader cannot use: a broken entry (with a line) and a stray name with markup.
  const month = path.join(root, "team", "anna", "2026", "11");
  fs.writeFileSync(path.join(month, "2026-11-05T0900-daily.yaml"), "schema: 1\nkind: [daily\n");
  fs.writeFileSync(path.join(month, `${IMG}.yaml`), "x: 1\n");
  await addNote(path.join(root, "coach-data"), path.join(root, "team", "anna"), { entry: anna.at(-1)!.id, text: `Ask about ${SCRIPT}`, at: `${UNTIL}T10:00` });
  fs.mkdirSync(path.join(root, "empty", "2026"), { recursive: true });
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("renderReviewHtml: one safe, self-contained file", () => {
  let html: string;
  beforeAll(async () => {
    html = renderReviewHtml(await review([path.join(root, "team")], "en"), "en");
  });

  it("is a complete document with a strict policy and nothing external", () => {
    expect(html.startsWith("<!doctype html>\n<html lang=\"en\">")).toBe(true);
    present(html, '<meta charset="utf-8">');
    present(html, '<meta name="viewport" content="width=device-width, initial-scale=1">');
    present(html, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    absent(html, /https?:\/\//);
    absent(html, /<script|<link|<img|<iframe|<object|@import|url\(/i);
    absent(html, /<[a-z][^>]*\s(src|on[a-z]+)=/i); // no element loads or runs anything
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#trainee-\d+$/);
    const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].filter((t) => !TAGS.has(t))).toEqual([]);
  });

  it("prints on A4, each trainee from a new page, charts and tables kept whole", () => {
    present(html, /@page\{size:A4;margin:15mm\}/);
    present(html, /@media print\{[^]*\.trainee\+\.trainee\{break-before:page\}/);
    present(html, /table,svg[^{]*\{break-inside:avoid\}/);
  });

  it("draws a calendar, a sparkline per skill and the emotions as inline SVG", () => {
    expect(count(html, /data-chart="calendar"/g)).toBe(2);
    expect(count(html, /data-chart="ratings"/g)).toBe(12); // 6 skills × 2 trainees
    expect(count(html, /data-chart="emotions"/g)).toBe(2);
    const svgs = [...html.matchAll(/<svg[^>]*>([^]*?)<\/svg>/g)];
    expect(svgs.length).toBeGreaterThanOrEqual(16);
    for (const [svg, body] of svgs) {
      expect(svg).toMatch(/^<svg class="chart[^"]*" data-chart="\w+" role="img" aria-label="[^"]+"/);
      expect(body).toMatch(/^<title>[^<]+<\/title>/);
      expect(body).toMatch(/<(rect|path|circle)/);
    }
    const calendar = html.match(/<svg[^>]*data-chart="calendar"[^]*?<\/svg>/)![0];
    expect(count(calendar, /<rect [^>]*rx="3"/g)).toBe(7 * 12 - 2); // 84 days, the 2 after Friday UNTIL still to come
    const emotions = html.match(/<svg[^>]*data-chart="emotions"[^]*?<\/svg>/)![0];
    present(emotions, "#3a9a8a"); // pleasant
    present(emotions, "#c0607c"); // unpleasant
    present(emotions, />pleasant<[^]*>unpleasant</); // the legend
  });

  it("has the content of the Markdown review", () => {
    present(html, "<h1>Coaching review 2026-08-29 – 2026-11-20</h1>");
    present(html, /<table class="team">[^]*Customer&#39;s perspective[^]*href="#trainee-1">anna<[^]*href="#trainee-2">bram</);
    present(html, '<section class="box trainee" id="trainee-1">');
    present(html, /File health:<\/strong> 160 entries read, 2 files could not be used:/);
    present(html, /<code>2026\/11\/2026-11-05T0900-daily\.yaml:\d+<\/code>/);
    present(html, "<code>2026/11/&quot;&gt;&lt;img src=x&gt;.yaml</code> not a journal file name");
    for (const heading of ["Daily habit", "Listening skills", "Customer emotions recognised", "Customer needs noticed", "Empathic accuracy", "Follow-through", "Overdue actions", "Customers", "For the conversation"])
      present(html, `>${heading}</h`);
    present(html, /Weakest skill: Talking about emotions \([\d.]+, n \d+\)<\/strong><p>Name what you notice/);
    present(html, /Weakest skill: Talking about emotions, [\d.]+ \(before: [\d.–]+\)/);
    present(html, /Own score and measured class agree on balance|Rates their reading of customers (higher|lower)|Too few debriefs with both/);
    present(html, /Your notes:<\/h4><ul><li><code>[^<]+<\/code> Ask about &lt;script&gt;/);
    expect(count(html, /<ol class="openers">(<li>[^<]+<\/li>){3}<\/ol>/g)).toBe(2);
    absent(html, /NaN|undefined|\[object/);
  });

  it("escapes every user text: customer, moment, trainee name, note and file path", async () => {
    present(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
    present(html, "&quot;&gt;&lt;img src=x&gt;");
    expect(count(html, /alert\(1\)/g)).toBe(count(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/g));
    expect(count(html, /src=x/g)).toBe(count(html, /&lt;img src=x&gt;/g));
    // The trainee's own name, which comes from a folder name, in the table, the menu and the heading.
    const report = await review([path.join(root, "team")], "en");
    report.trainees[0]!.name = SCRIPT;
    report.team![0]!.name = SCRIPT;
    const named = renderReviewHtml(report, "en");
    absent(named, /<script/i);
    present(named, `<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>`);
    present(named, `href="#trainee-1">&lt;script&gt;alert(1)&lt;/script&gt;</a>`);
    expect(esc(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
    expect(esc("a\u202eb\u0007")).toBe("a\uFFFDb\uFFFD");
  });
});

describe("renderReviewHtml: languages and empty journals", () => {
  it("renders in Dutch with decimal commas", async () => {
    const html = renderReviewHtml(await review([path.join(root, "team")], "nl"), "nl");
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    present(html, "<h1>Coachingsoverzicht 2026-08-29 – 2026-11-20</h1>");
    present(html, ">Luistervaardigheden</h3>");
    present(html, ">Voor het gesprek</h3>");
    present(html, /<td class="n(?: low)?">\d,\d<\/td>/);
    absent(html, /<td class="n(?: low)?">\d\.\d<\/td>/);
    present(html, ">prettig</text>");
    absent(html, /NaN|undefined|Listening skills|>pleasant</);
  });

  it("renders an empty journal without NaN, undefined or a broken chart", async () => {
    for (const lang of ["en", "nl"] as const) {
      const report = await review([path.join(root, "empty")], lang, path.join(root, "no-notes"));
      const html = renderReviewHtml(report, lang);
      absent(html, /NaN|undefined|null|\[object|Infinity/);
      present(html, lang === "en" ? "No entries in this period yet" : "Nog geen notities in deze periode");
      present(html, lang === "en" ? "0 entries read, no problems" : "0 notities gelezen, geen problemen");
      expect(count(html, /<ol class="openers">(<li>[^<]+<\/li>){3}<\/ol>/g)).toBe(1);
      absent(html, 'class="team"');
    }
  });
});

describe("svg charts", () => {
  it("breaks the sparkline where a week has no value, and draws an empty one without a line", () => {
    const s = sparklineChart([{ label: "a", value: 3 }, { label: "b", value: null }, { label: "c", value: 4 }, { label: "d", value: 5 }], 1, 5, "x");
    expect(s.match(/<path d="([^"]+)"/)![1]).toMatch(/^M[\d.]+ [\d.]+M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(count(s, /<circle/g)).toBe(3);
    const none = sparklineChart([{ label: "a", value: null }], 1, 5, "none");
    absent(none, "<path");
    absent(none, /NaN|undefined/);
  });

  it("scales bars to the largest, escapes labels, and survives no data", () => {
    const b = barChart("emotions", [{ label: SCRIPT, value: 4, colour: "#000" }, { label: "b", value: 2, colour: "#111" }], IMG);
    absent(b, /<script|<img/);
    present(b, 'aria-label="&quot;&gt;&lt;img src=x&gt;"');
    const widths = [...b.matchAll(/<rect x="150" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBeCloseTo(widths[1]! * 2, 0);
    expect(barChart("needs", [], "none")).not.toMatch(/NaN|Infinity|undefined/);
  });

  it("lays out the calendar Monday first, oldest week left, and leaves future days out", () => {
    const days = Array.from({ length: 84 }, (_, i) => ({ day: `d${i}`, count: i % 5, daily: i % 2 === 0, ...(i >= 80 && { future: true as const }) }));
    const c = calendarChart(days, { label: "cal", weekdays: ["M", "T", "W", "T", "F", "S", "S"], fewer: "fewer", more: "more", daily: "daily", day: (d, n) => `${d}: ${n}`, week: (d) => d });
    expect(count(c, /<rect [^>]*rx="3"/g)).toBe(80);
    present(c, /<rect x="30" y="18" [^>]*><title>d0: 0<\/title>/); // week 0, Monday
    present(c, /<rect x="30" y="37" [^>]*><title>d1: 1<\/title>/); // week 0, Tuesday
    present(c, /<rect x="49" y="18" [^>]*><title>d7: 2<\/title>/); // week 1, Monday
    absent(c, "d80");
  });
});

describe("renderReviewHtml: calls by channel", () => {
  it("counts a trainee's calls by channel in the headline, in the report's language", async () => {
    const dir = path.join(root, "channels", "cas");
    const list = await generateJournal({ seed: 13, lang: "nl", until: UNTIL, entries: 40, exercises, menus });
    let n = 0;
    // Every other debrief by phone; the rest say nothing (and no prep of the demo names one).
    const withChannel = list.map((e) => (e.kind === "debrief" && n++ % 2 === 0 ? { ...e, answers: [{ step: "channel", type: "choice", question: "?", answer: "phone" }, ...e.answers] } : e));
    await writeEntries(dir, withChannel);
    const report = await review([dir], "nl");
    const { calls, phone, unknown } = report.trainees[0]!.summary.channels;
    expect(phone).toBeGreaterThan(0);
    expect(phone + unknown).toBe(calls);
    present(renderReviewHtml(report, "nl"), `<p class="kinds">gesprekken per kanaal: telefoon ${phone}, niet vastgelegd ${unknown}</p>`);
  });
});
