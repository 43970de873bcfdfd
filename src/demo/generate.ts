import { addDays, daysBetween, localDay, localIso, weekday } from "../dates.js";
import { COACH_FLAG } from "../exercises/conventions.js";
import type { Menus } from "../exercises/load.js";
import type { Exercise } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import { SCHEMA_VERSION, type Action, type Entry } from "../journal/entry.js";
import { candidateId, entryBaseName } from "../journal/naming.js";
import { runSession } from "../session/engine.js";
import { parseAction } from "../session/action-text.js";
import type { Prompter, StepView } from "../session/prompter.js";
import { CUSTOMERS, phrase, type CustomerProfile } from "./phrases.js";
import { Random } from "./random.js";

export interface DemoOptions {
  seed: number;
  lang: Lang;
  /** The last day of the journal. */
  until: string;
  /** Stop once this many entries exist (the journal then reaches back as far as it needs). */
  entries: number;
  exercises: { prep: Exercise; debrief: Exercise; daily: Exercise };
  menus: Menus;
}

class Scripted implements Prompter {
  constructor(private readonly answers: Record<string, unknown>) {}
  async ask(view: StepView) {
    return this.answers[view.step.id];
  }
}

const RATINGS = ["perspective", "no_judgement", "recognise_emotions", "talk_emotions", "understanding", "asked_further"];
/** Where each skill starts, on a 1–5 scale; talking about emotions is the one to grow. */
const BASE: Record<string, number> = { perspective: 3.4, no_judgement: 3.1, recognise_emotions: 3.3, talk_emotions: 2.3, understanding: 3.6, asked_further: 2.9 };

/**
 * A realistic sample journal: calls to a handful of customers on working days (a prep, then a
 * debrief), a daily reflection on most working days, skills that slowly grow, expectations that
 * come closer to what was observed. Deterministic for a seed. Newest day is `until`.
 */
export async function generateJournal(o: DemoOptions): Promise<Entry[]> {
  const r = new Random(o.seed);
  const entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  const actionIds = new Set<string>();
  // About 2.5 entries per working day: enough days to reach the count, newest day first.
  const totalDays = Math.max(30, Math.ceil(o.entries / 2.5 / (5 / 7)));

  const make = async (kind: keyof DemoOptions["exercises"], day: string, hour: number, answers: Record<string, unknown>, extra: Partial<Entry>) => {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    const at = new Date(y, m - 1, d, hour, r.int(0, 59), r.int(0, 59));
    const exercise = o.exercises[kind];
    const given = await runSession(exercise, new Scripted(answers), {
      lang: o.lang,
      menus: o.menus,
      day: localDay(at),
      // Every step answered: the sample shows what each part of the summary looks like.
      depth: "full",
      ...(extra.links?.prep && { linkedPrep: byId.get(extra.links.prep)! }),
    });
    const base = entryBaseName(at, kind, extra.customer);
    let n = 1;
    while (byId.has(candidateId(base, n))) n++;
    const entry: Entry = {
      schema: SCHEMA_VERSION,
      id: candidateId(base, n),
      kind,
      createdAt: localIso(at),
      lang: o.lang,
      ...(extra.customer && { customer: extra.customer }),
      exercise: { id: exercise.id, version: exercise.version },
      ...(extra.links && { links: extra.links }),
      ...(answers.discuss_with_coach === true && { flags: [COACH_FLAG] }),
      answers: given,
      actions: extra.actions ?? [],
    };
    byId.set(entry.id, entry);
    entries.push(entry);
    return entry;
  };

  for (let day = o.until; entries.length < o.entries; day = addDays(day, -1)) {
    if (weekday(day) >= 5) continue;
    const progress = Math.max(0, 1 - daysBetween(day, o.until) / totalDays);
    const calls = r.int(0, 2);
    for (let c = 0; c < calls && entries.length < o.entries; c++) {
      const customer = r.pick(CUSTOMERS);
      const prep = r.chance(0.8) ? await make("prep", day, 9 + c * 3, prepAnswers(r, customer, o.lang), { customer: customer.name }) : undefined;
      if (!r.chance(0.9) || entries.length >= o.entries) continue;
      await make("debrief", day, 10 + c * 3, debriefAnswers(r, customer, o.lang, progress, prep !== undefined), {
        customer: customer.name,
        ...(prep && { links: { prep: prep.id } }),
        actions: actions(r, o.lang, day, o.until, actionIds),
      });
    }
    if (entries.length < o.entries && r.chance(0.75 + 0.15 * progress)) {
      await make("daily", day, 17, { reflection: phrase("reflection", o.lang, r.pick.bind(r)), good_moment: phrase("good", o.lang, r.pick.bind(r)), intention: phrase("intention", o.lang, r.pick.bind(r)) }, {});
    }
  }
  return entries.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function prepAnswers(r: Random, c: CustomerProfile, lang: Lang): Record<string, unknown> {
  const p = <T>(items: readonly T[]) => r.pick(items);
  const hard = r.chance(0.3);
  return {
    who: c.who[lang],
    interests: phrase("interests", lang, p),
    expected_emotions: r.some([...c.emotions, "uncertain", "curious"], r.int(1, 3)),
    expected_needs: r.some([...c.needs, "clarity"], r.int(1, 2)),
    difficult_period: hard,
    ...(hard && { reach_out: phrase("question", lang, p) }),
    questions: r.some(["question", "question"].map(() => phrase("question", lang, p)), 2),
    assumptions: phrase("assumption", lang, p),
    ...(r.chance(0.5) && { tip: phrase("tip", lang, p) }),
    intention: r.chance(0.85) ? "understand_first" : r.pick(["help_concretely", "sell"]),
  };
}

function debriefAnswers(r: Random, c: CustomerProfile, lang: Lang, progress: number, linked: boolean): Record<string, unknown> {
  const p = <T>(items: readonly T[]) => r.pick(items);
  const rating = (id: string) => Math.max(1, Math.min(5, Math.round(BASE[id]! + progress * 1.2 + (r.next() - 0.5) * 2)));
  const signals = r.pick(["yes", "yes", "no", "not_seen"]);
  const feedback = r.chance(0.4 + 0.4 * progress);
  const answers: Record<string, unknown> = {
    observed_emotions: r.some(c.emotions, r.int(1, 3)),
    observed_needs: r.some(c.needs, r.int(1, 2)),
    wanted: phrase("wanted", lang, p),
    ...(linked && { guess_accuracy: r.chance(0.3 + 0.4 * progress) ? r.pick(["similar", "same"]) : r.pick(["different", "similar"]) }),
    signals_agree: signals,
    ...(signals === "no" && { contradiction: phrase("how", lang, p) }),
    asked_feedback: feedback,
    emotion_vaccine: r.pick(["kept_distance", "kept_distance", "partly", "took_on"]),
    ...(r.chance(0.3) && { good_moment: phrase("good", lang, p) }),
    ...(r.chance(0.12) && { difficult_moment: phrase("difficult", lang, p) }),
    discuss_with_coach: r.chance(0.1),
  };
  for (const id of RATINGS) {
    answers[id] = rating(id);
    if (r.chance(0.3) && id !== "asked_further") answers[`${id}_how`] = phrase("how", lang, p);
  }
  return answers;
}

function actions(r: Random, lang: Lang, day: string, until: string, taken: Set<string>): Action[] {
  return Array.from({ length: r.int(0, 2) }, () => {
    let id: string;
    do id = Math.floor(r.next() * 0xffffff).toString(16).padStart(6, "0");
    while (taken.has(id));
    taken.add(id);
    const due = addDays(day, r.int(2, 10));
    const done = due < until ? r.chance(0.85) : r.chance(0.2);
    const { text } = parseAction(phrase("action", lang, (items) => r.pick(items)));
    const doneDay = addDays(day, r.int(1, 9));
    return { id, text, due, done, ...(done && doneDay <= until && { doneAt: `${doneDay}T16:00:00+01:00` }) };
  });
}
