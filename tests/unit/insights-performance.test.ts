import { describe, expect, it } from "vitest";
import { addDays } from "../../src/dates.js";
import type { Entry } from "../../src/journal/entry.js";
import { daily, debrief, prep, ratingsOf, summaryOf } from "../helpers/entries.js";

const EMOTIONS = ["worried", "uncertain", "frustrated", "relieved", "happy", "curious", "sceptical", "tired", "a word of their own"];
const NEEDS = ["certainty", "clarity", "speed", "being_heard", "fair_price", "support"];

/** 10,000 entries over about five and a half years: prep, debrief (linked, full answers), daily. */
function bigJournal(): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; out.length < 10_000; i++) {
    const day = addDays("2021-06-01", Math.floor(i / 2));
    const customer = `Customer ${i % 50}`;
    const pick = (list: string[], k: number) => [list[i % list.length]!, list[(i + k) % list.length]!];
    const p = prep(day, { customer, answers: { expected_emotions: pick(EMOTIONS, 2), expected_needs: pick(NEEDS, 1), who: "someone", interests: "many" } });
    out.push(
      p,
      debrief(day, {
        customer,
        prep: p.id,
        answers: {
          observed_emotions: pick(EMOTIONS, 3),
          observed_needs: pick(NEEDS, 2),
          wanted: "a date",
          guess_accuracy: ["different", "similar", "same"][i % 3]!,
          signals_agree: "yes",
          ...ratingsOf(1 + (i % 5)),
          perspective_how: "by listening",
          asked_feedback: i % 2 === 0,
          feedback: "fine",
          emotion_vaccine: "partly",
          tip_given: "a tip",
          actions: ["Call back"],
          good_moment: "They laughed",
          difficult_moment: "A silence",
          discuss_with_coach: false,
        },
        actions: [{ text: "Call back", due: addDays(day, 7), done: i % 3 !== 0 }],
      }),
    );
    if (i % 2 === 0) out.push(daily(day, { answers: { reflection: "ok", good_moment: "A laugh", intention: "Ask more" } }));
  }
  return out.slice(0, 10_000);
}

// How fast is measured by `npm run bench`, as ratios: a test's clock measures the machine.
describe("summarize: a large journal", () => {
  it("summarises 10,000 entries over a short and a long window, complete and without NaN", async () => {
    const entries = bigJournal();
    const until = entries.at(-1)!.createdAt.slice(0, 10);
    await summaryOf(entries.slice(0, 100), { since: "2021-06-01", until }); // load content, warm up
    for (const since of [addDays(until, -89), "2021-01-01"]) {
      const s = await summaryOf(entries, { since, until });
      const inWindow = entries.filter((e) => e.createdAt.slice(0, 10) >= since).length;
      expect(s.counts.total).toBe(inWindow);
      expect(JSON.stringify(s)).not.toContain("NaN");
    }
  });
});
