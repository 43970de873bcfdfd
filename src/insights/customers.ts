import { STEP } from "../exercises/conventions.js";
import type { Menus } from "../exercises/load.js";
import type { Lang } from "../i18n/lang.js";
import { customerKey } from "../journal/queries.js";
import type { CustomerPick, CustomerStat } from "./model.js";
import type { JournalView } from "./journal-view.js";
import { picksOf, type Dated } from "../journal/dated.js";
import { menuIndex, PickCounter } from "./picks.js";
import { laterName } from "../journal/month-digest.js";

interface Acc {
  name: string;
  nameAt: string;
  nameId: string;
  /** Preps of the period, by id: which of them got a debrief is known only after the pass. */
  prepIds: string[];
  debriefs: number;
  lastContact: string;
  emotions: PickCounter;
  needs: PickCounter;
  openActions: number;
}

/** Picked in at least two debriefs of the customer: a pattern, not a one-off. */
function recurring(c: PickCounter): CustomerPick[] {
  return c
    .sorted()
    .filter((p) => p.count >= 2)
    .map((p) => ({ id: p.id, label: p.label, count: p.count }));
}

/**
 * Per customer with an entry in the period (names matched by `customerKey`, shown in the most
 * recent spelling): the calls in the period (a call is a debrief; its prep is part of it), the
 * preps still waiting for their debrief, the last contact, the emotions and needs observed again
 * and again over all their debriefs (never the preps' expectations), and their open actions.
 * Last contact first.
 * Two passes: the period's entries pick the customers, then one pass over the whole journal
 * gathers their history; other customers' entries are skipped after a map look-up.
 */
export function customerStats(view: JournalView, menus: Menus, lang: Lang): CustomerStat[] {
  const emotionMenu = menuIndex(menus, "emotions");
  const needMenu = menuIndex(menus, "needs");
  const keys = new Map<string, string>(); // spelling → key: normalising is the costly part
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = customerKey(name)));
    return key;
  };
  const byKey = new Map<string, Acc>();
  for (const d of view.current) {
    const name = d.entry.customer;
    if (name === undefined || byKey.has(keyOf(name))) continue;
    byKey.set(keyOf(name), {
      name,
      nameAt: "",
      nameId: "",
      prepIds: [],
      debriefs: 0,
      lastContact: "",
      openActions: 0,
      emotions: new PickCounter(emotionMenu, lang),
      needs: new PickCounter(needMenu, lang),
    });
  }
  if (byKey.size === 0) return [];

  const { since } = view.period;
  const rename = (c: Acc, name: string, at: string, id: string) => {
    if (!laterName({ at: c.nameAt, id: c.nameId }, at, id)) return;
    c.name = name;
    c.nameAt = at;
    c.nameId = id;
  };
  // The months before the window, oldest first, as the entries would have come.
  for (const digest of view.earlier?.digests ?? []) {
    for (const [key, c] of byKey) {
      if (!Object.hasOwn(digest.customers, key)) continue;
      const m = digest.customers[key]!;
      rename(c, m.name, m.at, m.id);
      if (m.lastDay > c.lastContact) c.lastContact = m.lastDay;
      c.emotions.addTally(m.emotions);
      c.needs.addTally(m.needs);
      c.openActions += m.open;
    }
  }
  const add = (c: Acc, d: Dated) => {
    const { entry } = d;
    rename(c, entry.customer!, entry.createdAt, entry.id);
    if (d.day > c.lastContact) c.lastContact = d.day;
    const inPeriod = d.day >= since;
    if (entry.kind === "prep" && inPeriod) c.prepIds.push(entry.id);
    if (entry.kind === "debrief") {
      if (inPeriod) c.debriefs++;
      const e = picksOf(d, STEP.observedEmotions);
      if (e) c.emotions.add(e);
      const n = picksOf(d, STEP.observedNeeds);
      if (n) c.needs.add(n);
    }
    for (let i = 0; i < entry.actions.length; i++) if (!entry.actions[i]!.done) c.openActions++;
  };
  for (const d of view.all) {
    const name = d.entry.customer;
    if (name === undefined) continue;
    const c = byKey.get(keyOf(name));
    if (c) add(c, d);
  }

  // The latest contact first, to the second: customers met on one day come as they were met, the
  // latest first, and two never tie (one entry names one customer). Times and ids compare as text;
  // ordering by name on a tie made a warm summary start the locale's collator, 10 to 15 ms.
  const latest = (a: Acc, b: Acc) => (a.nameAt !== b.nameAt ? a.nameAt > b.nameAt : a.nameId > b.nameId) ? -1 : 1;
  return [...byKey.values()]
    .sort((a, b) => (a.lastContact < b.lastContact ? 1 : a.lastContact > b.lastContact ? -1 : latest(a, b)))
    .map((c) => ({
      name: c.name,
      calls: c.debriefs,
      preps: c.prepIds.length,
      waiting: c.prepIds.filter((id) => !view.debriefed.has(id)).length,
      lastContact: c.lastContact,
      recurringEmotions: recurring(c.emotions),
      recurringNeeds: recurring(c.needs),
      openActions: c.openActions,
    }));
}
