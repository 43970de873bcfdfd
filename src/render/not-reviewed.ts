import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import type { NotReviewed } from "../review/targets.js";

/** Why a member of a team folder is not reviewed, in words: the model keeps only the code. */
export function notReviewedReason(n: NotReviewed, lang: Lang): string {
  const why = t(lang).review.text.why;
  if (n.reason === "nested") return why.nested(n.journal ?? "");
  if (n.reason === "unreadable") return why.unreadable(n.error ?? "error");
  return why[n.reason];
}

/** One line a member: "team/dave: holds a journal one level deeper: review `team/dave/journal`". */
export function notReviewedLines(list: readonly NotReviewed[], lang: Lang): string[] {
  return list.map((n) => t(lang).review.text.notReviewed(n.path, notReviewedReason(n, lang)));
}
