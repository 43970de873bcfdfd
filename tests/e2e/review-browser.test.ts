/**
 * The HTML review as a coach sees it: a team's report made by the built CLI, opened from disk in
 * headless Chromium. Nothing may be fetched, the charts must be drawn, and it must print.
 * Needs the system's Chromium: skipped without it, except on CI, where that is a failure.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, localDay } from "../../src/dates.js";
import { generateJournal } from "../../src/demo/generate.js";
import { writeEntries } from "../../src/demo/write.js";
import { loadExercises, loadMenus, pickExercise } from "../../src/exercises/load.js";
import { hasChromium, launchChromium, MISSING_CHROMIUM, onCI } from "../helpers/browser.js";
import { ROOT, run, tempHome } from "../helpers/cli.js";

const ARTIFACTS = path.join(ROOT, "test-artifacts");
const TEAM = ["anna", "bram", "chris"];
const SCRIPT = "<script>alert(1)</script>";
const IMG = `"><img src=x>`;

// The page functions below run in the browser. The project compiles against Node's types only, so
// they see the little of the DOM they use through these declarations.
interface DomEl {
  attributes: Iterable<{ name: string }>;
  dataset: Record<string, string | undefined>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
  querySelector(selector: string): DomEl | null;
  querySelectorAll(selector: string): ArrayLike<DomEl> & Iterable<DomEl>;
}
declare const document: DomEl & { scripts: ArrayLike<unknown>; body: DomEl; documentElement: DomEl & { scrollWidth: number } };
declare function getComputedStyle(el: DomEl): { breakBefore: string; backgroundColor: string };

interface Opened {
  page: Page;
  requests: string[];
  problems: string[];
}

describe.skipIf(!hasChromium && !onCI)("empathy review --format html, in Chromium", () => {
  let browser: Browser | undefined;
  let file: string;
  let url: string;
  let home: ReturnType<typeof tempHome> | undefined;

  /** Opens the report, recording every request, console error, page error and dialog. */
  async function open(media: "screen" | "print" = "screen"): Promise<Opened> {
    // On paper: the width of A4 inside 15 mm margins (180 mm at 96 dpi).
    const page = await browser!.newPage({ viewport: { width: media === "print" ? 680 : 1200, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("dialog", (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.emulateMedia({ media });
    await page.goto(url, { waitUntil: "load" });
    return { page, requests, problems };
  }

  beforeAll(async () => {
    if (!hasChromium) throw new Error(MISSING_CHROMIUM);
    home = tempHome();
    const team = path.join(home.dir, "team");
    const [{ exercises: all }, menus] = await Promise.all([loadExercises(), loadMenus()]);
    const exercises = { prep: pickExercise(all, "prep"), debrief: pickExercise(all, "debrief"), daily: pickExercise(all, "daily") };
    const until = addDays(localDay(new Date()), -1);
    for (const [i, name] of TEAM.entries()) {
      let entries = await generateJournal({ seed: 40 + i, lang: "en", until, entries: 130 + 20 * i, exercises, menus });
      // chris's journal carries markup in a customer name and in good moments: it must stay text.
      if (name === "chris")
        entries = entries.map((e) => ({
          ...e,
          ...(e.customer === "Acme BV" && { customer: SCRIPT }),
          answers: e.answers.map((a) => (a.step === "good_moment" ? { ...a, answer: IMG } : a)),
        }));
      await writeEntries(path.join(team, name), entries);
    }
    file = path.join(home.dir, "out", "report.html");
    const result = await run(["review", team, "--since", "12w", "--format", "html", "--out", file], { env: home.env });
    expect(result.code, result.stderr).toBe(0);
    url = pathToFileURL(file).href;
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (home) fs.rmSync(home.dir, { recursive: true, force: true });
  });

  it("loads nothing but the file itself and runs nothing", async () => {
    const { page, requests, problems } = await open();
    await page.waitForLoadState("networkidle");
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
    const active = await page.evaluate(() => ({
      scripts: document.scripts.length,
      loaders: document.querySelectorAll("img,link,iframe,object,embed,video,audio,source,base").length,
      handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    }));
    expect(active).toEqual({ scripts: 0, loaders: 0, handlers: 0 });
    // The markup in chris's journal shows as the text it is.
    const text = await page.locator("#trainee-3").innerText();
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    await page.close();
  });

  it("draws every chart with a size and shapes", async () => {
    const { page } = await open();
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll("svg[data-chart]")].map((svg) => {
        const box = svg.getBoundingClientRect();
        return {
          kind: svg.dataset.chart!,
          width: box.width,
          height: box.height,
          shapes: svg.querySelectorAll("rect,path,circle,polyline").length,
          label: svg.getAttribute("aria-label") ?? "",
          title: svg.querySelector(":scope > title")?.textContent ?? "",
          role: svg.getAttribute("role"),
        };
      }),
    );
    const kinds = (k: string) => charts.filter((c) => c.kind === k).length;
    expect([kinds("calendar"), kinds("ratings"), kinds("emotions")]).toEqual([3, 18, 3]); // 3 trainees, 6 skills each
    for (const c of charts) {
      expect(c.width, c.kind).toBeGreaterThan(20);
      expect(c.height, c.kind).toBeGreaterThan(10);
      expect(c.shapes, c.kind).toBeGreaterThan(0);
      expect(c.role).toBe("img");
      expect(c.label.length).toBeGreaterThan(3);
      expect(c.title).toBe(c.label);
    }
    // A calendar cell is a visible square, not a collapsed one.
    const cell = await page.locator('svg[data-chart="calendar"] rect').first().boundingBox();
    expect(cell!.width).toBeGreaterThan(8);
    expect(Math.abs(cell!.width - cell!.height)).toBeLessThan(1);
    await page.close();
  });

  it("shows the team table, a section per trainee and the coach's part", async () => {
    const { page } = await open();
    expect(await page.locator("table.team tbody tr").allInnerTexts()).toHaveLength(3);
    expect(await page.locator("table.team tbody tr td:first-child").allInnerTexts()).toEqual(TEAM);
    expect(await page.locator("section.trainee h2").allInnerTexts()).toEqual(TEAM);
    for (const id of ["#trainee-1", "#trainee-2", "#trainee-3"]) {
      const section = page.locator(id);
      for (const heading of ["Daily habit", "Listening skills", "Empathic accuracy", "For the conversation"])
        expect(await section.getByRole("heading", { name: heading }).count(), `${id} ${heading}`).toBe(1);
      expect(await section.locator("ol.openers li").count()).toBe(3);
    }
    // The main column stays readable: no wider than about 60rem.
    const width = await page.evaluate(() => document.querySelector("main")!.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(60 * 16 + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1200);
    await page.screenshot({ path: path.join(ARTIFACTS, "review.png"), fullPage: true });
    await page.close();
  });

  it("prints on A4: a new page per trainee, charts still drawn", async () => {
    const { page, requests } = await open("print");
    const layout = await page.evaluate(() => ({
      breaks: [...document.querySelectorAll("section.trainee")].map((s) => getComputedStyle(s).breakBefore),
      background: getComputedStyle(document.body).backgroundColor,
      width: document.documentElement.scrollWidth,
      charts: [...document.querySelectorAll("svg[data-chart]")].map((s) => s.getBoundingClientRect().width * s.getBoundingClientRect().height),
    }));
    expect(layout.breaks).toEqual(["auto", "page", "page"]);
    expect(layout.background).toBe("rgba(0, 0, 0, 0)");
    expect(layout.width).toBeLessThanOrEqual(680); // nothing sticks out of the page
    expect(layout.charts.every((area) => area > 0)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "review-print.png"), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(TEAM.length + 1);
    expect(requests).toEqual([url]);
    await page.close();
  });
});
