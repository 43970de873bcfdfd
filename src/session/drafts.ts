import fs from "node:fs/promises";
import { stringify } from "yaml";
import { z } from "zod";
import { writeFileAtomic } from "../data/atomic-write.js";
import { parseYaml } from "../data/parse-yaml.js";
import { readWhole } from "../data/read-whole.js";
import { Depth, Phase } from "../exercises/schema.js";
import { Answer } from "../journal/entry.js";
import { sameCustomer } from "../journal/queries.js";
import { draftFile, draftFiles } from "./draft-files.js";
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
  /** The form the flow was started in; a draft from before there were forms asked every step. */
  depth: Depth.default("full"),
  /** The skill the quick form rates, kept so that a resumed run asks the same one. */
  focus: z.string().optional(),
  /** The moment the entry is for (`--at`), as an ISO time. */
  at: z.string(),
  updatedAt: z.string(),
  answers: z.array(Answer),
  /** Optional steps passed over, so a resumed run does not ask them again. */
  skipped: z.array(z.string()).default([]),
});
export type Draft = z.infer<typeof Draft>;

/** A draft with the file it was read from (an older file name is replaced once the flow goes on). */
export interface KeptDraft {
  draft: Draft;
  file: string;
}

export async function saveDraft(journal: string, draft: Draft): Promise<void> {
  await writeFileAtomic(draftFile(journal, draft.kind, draft.customer), stringify(draft, { lineWidth: 0 }));
}

/** A draft file, if it is a readable one of that kind. A damaged draft is left alone and reported. */
async function loadDraftFile(file: string, kind: Phase): Promise<{ draft?: Draft; problem?: string }> {
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

/** The draft of a flow (for one customer, when given), if there is a readable one. */
export async function loadDraft(journal: string, kind: Phase, customer?: string): Promise<{ draft?: Draft; problem?: string }> {
  return loadDraftFile(draftFile(journal, kind, customer), kind);
}

/**
 * The readable drafts of a kind, for one customer when given, and the files that could not be
 * read. A draft from before drafts were kept per customer is found as well.
 */
export async function listDrafts(journal: string, kind: Phase, customer?: string): Promise<{ drafts: KeptDraft[]; problems: string[] }> {
  const drafts: KeptDraft[] = [];
  const problems: string[] = [];
  for (const { file } of draftFiles(journal, kind)) {
    const { draft, problem } = await loadDraftFile(file, kind);
    if (problem) problems.push(problem);
    if (draft && (customer === undefined || sameCustomer(draft.customer, customer))) drafts.push({ draft, file });
  }
  return { drafts, problems };
}

export async function removeDraft(journal: string, kind: Phase, customer?: string): Promise<void> {
  await fs.rm(draftFile(journal, kind, customer), { force: true });
}

/** A draft in a few words, for the resume question and the home screen: answers, customer, when. */
export function describeDraft(draft: Draft): string {
  const when = localIso(new Date(draft.updatedAt)).slice(0, 16).replace("T", " ");
  return t().flow.draftWhat(draft.answers.length, draft.customer ? safeLine(draft.customer) : undefined, when);
}
