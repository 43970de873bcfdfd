import type { Actions, OverdueAction } from "./model.js";
import type { JournalView } from "./journal-view.js";

/**
 * Follow-up actions of all entries up to `until` (not only the period's): open (overdue ones
 * included), overdue (due before `until` and not done), done, and done inside the period (when
 * the action records when). Overdue ones are listed longest overdue first. An action done after
 * `until` was still open then: a past period's figures do not change with later work.
 */
export function actionStats(view: JournalView): Actions {
  const { since, until } = view.period;
  const out: Actions = { total: 0, open: 0, overdue: 0, done: 0, doneInPeriod: 0, overdueList: [] };
  const count = (id: string, text: string, due: string | undefined, done: boolean, day: string | undefined, entry: string, customer: string | null) => {
    out.total++;
    if (done && (day === undefined || day <= until)) {
      out.done++;
      if (day !== undefined && day >= since) out.doneInPeriod++;
      return;
    }
    out.open++;
    if (due !== undefined && due < until) {
      out.overdue++;
      const item: OverdueAction = { id, text, due, entry, customer };
      out.overdueList.push(item);
    }
  };
  // The months before the window: what they did by their last day is done for any period.
  for (const d of view.earlier?.digests ?? []) {
    out.total += d.done;
    out.done += d.done;
    for (const [id, text, due, doneDay, entry, customer] of d.pending) count(id, text, due ?? undefined, doneDay !== null, doneDay ?? undefined, entry, customer);
  }
  for (const { entry } of view.all) {
    for (const a of entry.actions) count(a.id, a.text, a.due, a.done, a.doneAt?.slice(0, 10), entry.id, entry.customer ?? null);
  }
  // Days and ids are ASCII digits, letters and dashes, whose order as text is their collation's:
  // localeCompare cost a warm summary milliseconds over a few thousand open actions.
  out.overdueList.sort((a, b) => byText(a.due, b.due) || byText(a.entry, b.entry));
  return out;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
