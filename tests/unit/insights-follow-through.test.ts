import { describe, expect, it } from "vitest";
import { debrief, jsonSummaryOf, prep } from "../helpers/entries.js";

const since = "2026-11-16";

describe("summarize: follow-through", () => {
  it("gives the share of preps that got a debrief and of debriefs that asked for feedback", async () => {
    const p0 = prep("2026-11-10");
    const p1 = prep("2026-11-16");
    const p2 = prep("2026-11-18");
    const p3 = prep("2026-11-20");
    const entries = [
      p0,
      p1,
      debrief("2026-11-16", { prep: p0.id, answers: { asked_feedback: true } }),
      debrief("2026-11-17", { prep: p1.id, answers: { asked_feedback: false } }),
      p2,
      debrief("2026-11-19", { answers: { perspective: 3 } }), // feedback question not answered
      p3,
      debrief("2026-12-05", { prep: p2.id, answers: { asked_feedback: true } }), // after "today"
    ];
    const s = await jsonSummaryOf(entries, { since, until: "2026-11-29" });
    expect(s.followThrough.debriefed).toEqual({ n: 3, count: 1, share: 0.33 });
    expect(s.followThrough.feedback).toEqual({ n: 2, count: 1, share: 0.5 });
    expect(s.followThrough.previous).toEqual({ debriefed: { n: 1, count: 1, share: 1 }, feedback: { n: 0, count: 0, share: null } });
  });
});

describe("summarize: actions", () => {
  it("counts open, overdue and done over all entries up to today, and lists the overdue ones", async () => {
    const until = "2026-11-24";
    const e1 = debrief("2026-11-02", {
      actions: [
        { id: "a1", text: "Call back", due: "2026-11-20" },
        { id: "a2", text: "Due today", due: "2026-11-24" },
        { id: "a3", text: "No date" },
        { id: "a4", text: "Done lately", done: true, doneAt: "2026-11-18T10:00:00+01:00" },
        { id: "a5", text: "Done long ago", done: true, doneAt: "2026-11-01T10:00:00+01:00" },
        { id: "a6", text: "Done, no time", done: true },
      ],
    });
    const e2 = debrief("2026-11-20", {
      customer: "Acme",
      actions: [
        { id: "b1", text: "Send the quote", due: "2026-11-19" },
        { id: "b2", text: "Visit", due: "2026-11-01" },
      ],
    });
    const later = debrief("2026-11-26", { actions: [{ id: "c1", text: "Not yet written", due: "2026-11-20" }] });
    const s = await jsonSummaryOf([e1, e2, later], { since, until });
    expect(s.actions).toMatchObject({ total: 8, open: 5, overdue: 3, done: 3, doneInPeriod: 1 });
    expect(s.actions.overdueList).toEqual([
      { id: "b2", text: "Visit", due: "2026-11-01", entry: e2.id, customer: "Acme" },
      { id: "b1", text: "Send the quote", due: "2026-11-19", entry: e2.id, customer: "Acme" },
      { id: "a1", text: "Call back", due: "2026-11-20", entry: e1.id, customer: null },
    ]);
  });

  it("counts an action done after the period's end as open at that end", async () => {
    const e = debrief("2026-11-02", {
      actions: [
        { id: "a1", text: "Done before", due: "2026-11-10", done: true, doneAt: "2026-11-18T10:00:00+01:00" },
        { id: "a2", text: "Done after", due: "2026-11-10", done: true, doneAt: "2026-11-28T10:00:00+01:00" },
      ],
    });
    const s = await jsonSummaryOf([e], { since, until: "2026-11-24" });
    expect(s.actions).toMatchObject({ total: 2, open: 1, overdue: 1, done: 1, doneInPeriod: 1 });
    expect(s.actions.overdueList.map((a) => a.id)).toEqual(["a2"]);
  });
});
