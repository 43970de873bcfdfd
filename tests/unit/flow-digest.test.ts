import { describe, expect, it } from "vitest";
import { generateJournal } from "../../src/demo/generate.js";
import { loadExercises, loadMenus, pickExercise } from "../../src/exercises/load.js";
import { focusSteps } from "../../src/exercises/forms.js";
import { chooseFocus, focusOf } from "../../src/insights/focus.js";
import type { StoredEntry } from "../../src/journal/entry.js";
import { addToDigest, customerNames, dailiesBetween, flowDigest, fromKept, KeptDigest, openPrepsOf, toKept, type FlowDigest } from "../../src/insights/flow-digest.js";
import { byUrgency, customerKey, knownCustomers, lastDebrief, openActions, openPreps } from "../../src/journal/queries.js";
import { daily, debrief, entry } from "../helpers/entries.js";

const { exercises } = await loadExercises();
const SKILLS = focusSteps(pickExercise(exercises, "debrief"));
const byId = Object.fromEntries(exercises.map((e) => [e.exercise.id, e.exercise])) as never;
const generated = await generateJournal({ seed: 5, lang: "en", until: "2026-11-30", entries: 1500, exercises: byId, menus: await loadMenus() });
const noir = entry("prep", "2026-12-01", { customer: "Café Noir", actions: [{ text: "Bring the samples", due: "2026-11-20" }] });
/**
 * A demo journal, and a few entries of the kinds a demo does not write: a customer in two
 * spellings, one without a debrief, a debrief linked to a prep, two dailies on one day.
 */
const journal: StoredEntry[] = [
  ...generated,
  noir,
  entry("prep", "2026-12-01", { customer: "cafe  noir ", actions: [{ text: "Call back", done: true }, { text: "Mail the price" }] }),
  { ...debrief("2026-12-01", { customer: "Acme BV", answers: { perspective: 2 } }), focus: "perspective" },
  daily("2026-12-01", { answers: { intention: "Listen" } }),
  { ...debrief("2026-12-01", { customer: "Acme BV", answers: { no_judgement: 5 } }), focus: "no_judgement" },
  daily("2026-12-01"),
  debrief("2026-12-02", { customer: "CAFE noir", prep: noir.id }),
  debrief("2026-12-02", { customer: "ACME bv", answers: { observed_emotions: ["worried"], wanted: "A date", perspective: 2 } }),
].map((e) => ({ entry: e, path: `${e.id}.yaml` }));
const TODAY = "2026-12-02";
/** Kept and read back, as the cache does: through JSON and the kept digest's schema. */
const roundTrip = (k: KeptDigest) => fromKept(KeptDigest.parse(JSON.parse(JSON.stringify(k))), SKILLS)!;
/** All a flow reads of a digest, in one value. */
const view = (d: FlowDigest) => ({
  names: customerNames(d),
  customers: [...d.customers].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, { ...c, open: byUrgency(c.open, TODAY) }]),
  actionIds: [...d.actionIds].sort(),
  focus: focusOf(d.focus),
  history: d.focus,
  openPreps: openPrepsOf(d),
  dailies: [...d.dailies].sort(),
});
const ids = (entries: readonly StoredEntry[]) => entries.map((e) => e.entry.id);

describe("the flows' digest of a journal", () => {
  const d = flowDigest(journal, SKILLS);

  it("knows the customers, their spelling and order, as the queries on every entry do", () => {
    expect(customerNames(d)).toEqual(knownCustomers(journal));
    expect(customerNames(d).length).toBeGreaterThan(3);
    for (const name of knownCustomers(journal)) {
      const c = d.customers.get(customerKey(name))!;
      expect(c.calls).toBe(journal.filter((e) => customerKey(e.entry.customer ?? "") === customerKey(name)).length);
      expect(c.lastDebrief?.createdAt).toBe(lastDebrief(journal, name)?.entry.createdAt);
      const open = openActions(journal, TODAY, name).map((r) => [r.entry.id, r.action]);
      expect(byUrgency(c.open, TODAY).map((r) => [r.entry.id, r.action])).toEqual(open);
    }
    expect(d.customers.get(customerKey("Café Noir"))).toMatchObject({ name: "CAFE noir", calls: 3 });
  });

  it("holds every action id and the focus the whole journal gives", () => {
    expect(d.actionIds).toEqual(new Set(journal.flatMap((e) => e.entry.actions.map((a) => a.id))));
    expect(focusOf(d.focus)).toEqual(chooseFocus(journal.map((e) => e.entry), SKILLS));
    expect(focusOf(d.focus)?.n).toBeGreaterThan(0);
  });

  it("knows the open preps and the dailies, as the queries on every entry do", () => {
    expect(openPrepsOf(d).map((p) => p.id)).toEqual(ids(openPreps(journal)));
    expect(openPrepsOf(d).map((p) => p.id)).not.toContain(noir.id);
    expect(openPrepsOf(d).length).toBeGreaterThan(1);
    for (const name of knownCustomers(journal).slice(0, 20)) {
      expect(openPrepsOf(d, name).map((p) => p.id)).toEqual(ids(openPreps(journal, name)));
      const before = new Date("2026-10-15T12:00:00+01:00");
      expect(openPrepsOf(d, name, before).map((p) => [p.id, p.createdAt, p.customer])).toEqual(
        openPreps(journal, name, before).map((e) => [e.entry.id, e.entry.createdAt, e.entry.customer]),
      );
    }
    const dailies = journal.filter((e) => e.entry.kind === "daily").map((e) => e.entry.createdAt.slice(0, 10));
    expect(new Set(d.dailies.keys())).toEqual(new Set(dailies));
    expect(d.dailies.get("2026-12-01")).toBe(dailies.filter((day) => day === "2026-12-01").length);
    expect(dailiesBetween(d, "2026-11-01", "2026-12-01")).toBe(dailies.filter((day) => day >= "2026-11-01" && day <= "2026-12-01").length);
    expect(dailiesBetween(d, "2026-11-01", "2026-12-01")).toBeGreaterThan(10);
  });

  it("is the same kept and read back, and after adding an entry to it as when worked out with it", () => {
    const before = roundTrip(toKept(flowDigest(journal.slice(0, -1), SKILLS)));
    const last = journal.at(-1)!.entry;
    addToDigest(before, last);
    expect(view(roundTrip(toKept(before)))).toEqual(view(roundTrip(toKept(d))));
    // Any entry may be older than the newest (saved with --at): a prep, a daily, a prep after the
    // debrief that links to it, a quick debrief among the last ones the focus looks at, an old one.
    const open = journal.findIndex((e) => e.entry.kind === "prep" && e.entry.actions.some((a) => !a.done) && e.entry.customer);
    const quick = (e: StoredEntry) => e.entry.kind === "debrief" && e.entry.focus !== undefined;
    const [firstQuick, lastQuick] = [journal.findIndex(quick), journal.findLastIndex(quick)];
    expect(lastQuick - firstQuick).toBeGreaterThan(1);
    const old = journal.findIndex((e) => e.entry.kind === "debrief");
    const older = [open, journal.findIndex((e) => e.entry.kind === "daily"), journal.findIndex((e) => e.entry.id === noir.id), firstQuick, lastQuick, old];
    for (const i of older) {
      const rest = roundTrip(toKept(flowDigest(journal.toSpliced(i, 1), SKILLS)));
      addToDigest(rest, journal[i]!.entry);
      expect(view(roundTrip(toKept(rest)))).toEqual(view(roundTrip(toKept(d))));
    }
    // What a prep shows of the last debrief is kept, and nothing else of it.
    expect(toKept(d).customers.find(([k]) => k === "acme bv")![1].lastDebrief!.answers.map((a) => a.step)).toEqual(["observed_emotions", "wanted"]);
  });

  it("keeps the stat data of only the files whose words it shows", () => {
    const shown = flowDigest(journal, SKILLS);
    const acme = shown.customers.get("acme bv")!;
    const [last, open] = [acme.lastDebrief!.id, acme.open[0]!.entry.id];
    for (const id of [last, open, noir.id, "2026-01-01T0900-daily"]) shown.files.set(id, `stat of ${id}`);
    expect(new Map(roundTrip(toKept(shown)).files)).toEqual(new Map([last, open, noir.id].map((id) => [id, `stat of ${id}`])));
  });

  it("holds only for the skills it was made for", () => {
    expect(fromKept(toKept(d), SKILLS.slice(1))).toBeUndefined();
  });
});
