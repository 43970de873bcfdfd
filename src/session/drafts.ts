import fs from "node:fs/promises";
import { stringify } from "yaml";
import { z } from "zod";
import { writeFileAtomic } from "../data/atomic-write.js";
import { parseYaml } from "../data/parse-yaml.js";
import { readWhole } from "../data/read-whole.js";
import { Phase } from "../exercises/schema.js";
import { Answer } from "../journal/entry.js";
import { draftFile } from "./editor.js";
import { localIso } from "../dates.js";
import { t } from "../i18n/index.js";
import { safeLine } from "../render/safe-text.js";

/** The answers of an interrupted flow, kept until it is resumed or dropped. Never an entry. */
export const Draft = z.object({
  kind: Phase,
  /** The language the questions were asked in; a resumed flow goes on in it. */
  lang: z.enum(["nl", "en"]).optional(),
  exercise: z.object({ id: z.string(), version: z.number().int() }),
  customer: z.string().optional(),
  prep: z.string().optional(),
  /** The moment the entry is for (`--at`), as an ISO time. */
  at: z.string(),
  updatedAt: z.string(),
  answers: z.array(Answer),
  /** Optional steps passed over, so a resumed run does not ask them again. */
  skipped: z.array(z.string()).default([]),
});
export type Draft = z.infer<typeof Draft>;

export async function saveDraft(journal: string, draft: Draft): Promise<void> {
  await writeFileAtomic(draftFile(journal, draft.kind), stringify(draft, { lineWidth: 0 }));
}

/** The draft of a flow, if there is a readable one. A damaged draft is left alone and reported. */
export async function loadDraft(journal: string, kind: Phase): Promise<{ draft?: Draft; problem?: string }> {
  const file = draftFile(journal, kind);
  let text: string;
  try {
    // Bounded, and never a link, FIFO or device: the home screen reads drafts unasked.
    text = await readWhole(file);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? {} : { problem: file };
  }
  const parsed = parseYaml(text, Draft, file);
  if (!parsed.ok || parsed.value.kind !== kind) return { problem: file };
  return { draft: parsed.value };
}

export async function removeDraft(journal: string, kind: Phase): Promise<void> {
  await fs.rm(draftFile(journal, kind), { force: true });
}

/** A draft in a few words, for the resume question and the home screen: answers, customer, when. */
export function describeDraft(draft: Draft): string {
  const when = localIso(new Date(draft.updatedAt)).slice(0, 16).replace("T", " ");
  return t().flow.draftWhat(draft.answers.length, draft.customer ? safeLine(draft.customer) : undefined, when);
}
