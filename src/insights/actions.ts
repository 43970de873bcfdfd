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
  for (const { entry } of view.all) {
    for (const a of entry.actions) {
      out.total++;
      const day = a.doneAt?.slice(0, 10);
      if (a.done && (day === undefined || day <= until)) {
        out.done++;
        if (day !== undefined && day >= since) out.doneInPeriod++;
        continue;
      }
      out.open++;
      if (a.due !== undefined && a.due < until) {
        out.overdue++;
        const item: OverdueAction = { id: a.id, text: a.text, due: a.due, entry: entry.id, customer: entry.customer ?? null };
        out.overdueList.push(item);
      }
    }
  }
  // Days and ids are ASCII digits, letters and dashes, whose order as text is their collation's:
  // localeCompare cost a warm summary milliseconds over a few thousand open actions.
  out.overdueList.sort((a, b) => byText(a.due, b.due) || byText(a.entry, b.entry));
  return out;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
