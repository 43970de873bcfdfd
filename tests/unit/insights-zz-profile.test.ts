import { it } from "vitest";
import { addDays } from "../../src/dates.js";
import type { Entry } from "../../src/journal/entry.js";
import { builtinContent, daily, debrief, prep, ratingsOf } from "../helpers/entries.js";
import { journalView } from "../../src/insights/journal-view.js";
import { countEntries } from "../../src/insights/counts.js";
import { habit } from "../../src/insights/habit.js";
import { ratings } from "../../src/insights/ratings.js";
import { emotionStats, needStats } from "../../src/insights/picks.js";
import { accuracy } from "../../src/insights/accuracy.js";
import { followThrough } from "../../src/insights/follow-through.js";
import { actionStats } from "../../src/insights/actions.js";
import { customerStats } from "../../src/insights/customers.js";
import { moments } from "../../src/insights/moments.js";
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
it("profiles", async () => {
  const { menus, debrief: ex } = await builtinContent();
  const entries = bigJournal();
  const until = entries.at(-1)!.createdAt.slice(0, 10);
  const since = addDays(until, -89);
  for (let round = 0; round < 5; round++) {
    const T: Record<string, number> = {}; let t = performance.now();
    const lap = (k: string) => { const n = performance.now(); T[k] = +(n - t).toFixed(1); t = n; };
    const v = journalView(entries, since, until); lap("view");
    countEntries(v); lap("counts");
    habit(v, { workdays: [1,2,3,4,5], graceDays: 1 }); lap("habit");
    ratings(v, ex, "en", 3); lap("ratings");
    emotionStats(v, menus, "en"); needStats(v, menus, "en"); lap("picks");
    accuracy(v, menus, ex, 3); lap("acc");
    followThrough(v); lap("follow");
    actionStats(v); lap("actions");
    customerStats(v, menus, "en"); lap("cust");
    moments(v); lap("moments");
    console.log(JSON.stringify(T));
  }
});
