import { describe, expect, it } from "vitest";
import { loadExercises } from "../../src/exercises/load.js";
import { CHANNELS } from "../../src/insights/channels.js";
import { renderSummaryMarkdown } from "../../src/render/summary-markdown.js";
import { renderSummaryText } from "../../src/render/summary-text.js";
import { debrief, jsonSummaryOf, prep, summaryOf } from "../helpers/entries.js";

const since = "2026-11-11";
const until = "2026-11-24";
const none = { calls: 0, in_person: 0, video: 0, phone: 0, written: 0, unknown: 0 };

describe("calls by channel", () => {
  it("counts the channels the built-in prep and debrief offer, the values --channel takes", async () => {
    const loaded = (await loadExercises()).exercises.map((l) => l.exercise);
    for (const id of ["prep", "debrief"]) {
      const step = loaded.find((e) => e.id === id)!.steps.find((s) => s.id === "channel");
      expect(step?.type === "choice" && step.options.map((o) => o.id), id).toEqual([...CHANNELS]);
    }
  });

  it("counts each debrief once, by its own channel or else its linked prep's", async () => {
    const byPhone = prep("2026-11-12", { customer: "Acme", answers: { channel: "phone" } });
    const quiet = prep("2026-11-12", { customer: "Bolt" });
    const s = await summaryOf(
      [
        byPhone,
        quiet,
        debrief("2026-11-12", { customer: "Acme", prep: byPhone.id }),
        debrief("2026-11-13", { customer: "Bolt", prep: quiet.id }),
        debrief("2026-11-14", { answers: { channel: "written" } }),
        debrief("2026-11-15", { answers: { channel: "in_person" } }),
        debrief("2026-11-16", { answers: { channel: "video" } }),
        // Its own answer wins over the prep's.
        debrief("2026-11-17", { prep: byPhone.id, answers: { channel: "in_person" } }),
        debrief("2026-11-18", { answers: { channel: "carrier pigeon" } }),
      ],
      { since, until },
    );
    expect(s.channels).toEqual({ calls: 7, in_person: 2, video: 1, phone: 1, written: 1, unknown: 2, previous: none });
  });

  it("counts the period before apart, and preps without a debrief not at all", async () => {
    const s = await summaryOf([debrief("2026-11-01", { answers: { channel: "phone" } }), prep("2026-11-20", { answers: { channel: "video" } })], { since, until });
    expect(s.channels).toEqual({ ...none, previous: { ...none, calls: 1, phone: 1 } });
  });

  it("is in the JSON report, and in the text and Markdown, in either language", async () => {
    const entries = [debrief("2026-11-14", { answers: { channel: "written" } }), debrief("2026-11-15", { answers: { channel: "phone" } }), debrief("2026-11-16")];
    expect((await jsonSummaryOf(entries, { since, until })).channels).toMatchObject({ calls: 3, written: 1, phone: 1, unknown: 1 });
    const en = await summaryOf(entries, { since, until });
    expect(renderSummaryText(en, "en")).toContain("calls by channel: phone 1, e-mail or chat 1, not recorded 1");
    const nl = await summaryOf(entries, { since, until, lang: "nl" });
    expect(renderSummaryMarkdown(nl, "nl")).toContain("gesprekken per kanaal: telefoon 1, e-mail of chat 1, niet vastgelegd 1");
  });

  it("says nothing about channels without calls", async () => {
    const s = await summaryOf([prep("2026-11-20", { answers: { channel: "video" } })], { since, until });
    expect(renderSummaryText(s, "en")).not.toContain("channel");
  });
});
