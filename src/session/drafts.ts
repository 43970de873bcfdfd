import fs from "node:fs/promises";
import { stringify } from "yaml";
import { z } from "zod";
import { sweepStaleTemps, writeFileAtomic } from "../data/atomic-write.js";
import { parseYaml } from "../data/parse-yaml.js";
import { readBytes } from "../data/read-whole.js";
import type { Phase } from "../exercises/phases.js";
import { Depth, LangSchema, PhaseSchema } from "../exercises/schema.js";
import { Answer } from "../journal/entry.js";
import { sameCustomer } from "../journal/queries.js";
import { draftFile, draftFiles, draftsDir, sealedDraftFile } from "../journal/draft-files.js";
import { localIso } from "../dates.js";
import { t } from "../i18n/index.js";
import { safeLine } from "../data/safe-text.js";
import type { Decrypt } from "../crypto/age.js";
import { diskToText, isSealed, journalRecipients, textToDisk } from "../crypto/sealed.js";

/** The answers of an interrupted flow, kept until it is resumed or dropped. Never an entry. */
export const Draft = z.object({
  kind: PhaseSchema,
  /** The language the questions were asked in; a resumed flow goes on in it. */
  lang: LangSchema.optional(),
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

type Decrypter = () => Promise<Decrypt | undefined>;

/** A draft of an encrypted journal is encrypted too, and the plain one it replaces is removed. */
export async function saveDraft(journal: string, draft: Draft): Promise<void> {
  const recipients = await journalRecipients(journal);
  const plain = draftFile(journal, draft.kind, draft.customer);
  const sealed = sealedDraftFile(journal, draft.kind, draft.customer);
  const [file, other] = recipients.length > 0 ? [sealed, plain] : [plain, sealed];
  await writeFileAtomic(file, await textToDisk(recipients, stringify(draft, { lineWidth: 0 })));
  await fs.rm(other, { force: true });
  // What a killed run left half-written here goes too (it is never read).
  await sweepStaleTemps(draftsDir(journal));
}

/**
 * A draft file, if it is a readable one of that kind. A damaged draft, or an encrypted one that the
 * run's keys cannot open, is left alone and reported.
 */
async function loadDraftFile(file: string, kind: Phase, decrypter?: Decrypter): Promise<{ draft?: Draft; problem?: string }> {
  let bytes: Uint8Array;
  try {
    // Bounded, and never a link, FIFO or device: the home screen reads drafts unasked.
    bytes = await readBytes(file);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? {} : { problem: file };
  }
  const opened = await diskToText(file, bytes, isSealed(file) ? await decrypter?.() : undefined);
  if (!opened.ok) return { problem: `${file} (${opened.invalid.reason})` };
  const parsed = parseYaml(Buffer.from(opened.bytes).toString("utf8"), Draft, file);
  if (!parsed.ok || parsed.value.kind !== kind) return { problem: file };
  return { draft: parsed.value };
}

/** The draft of a flow (for one customer, when given), if there is a readable one. */
export async function loadDraft(journal: string, kind: Phase, customer?: string, decrypter?: Decrypter): Promise<{ draft?: Draft; problem?: string }> {
  const sealed = await loadDraftFile(sealedDraftFile(journal, kind, customer), kind, decrypter);
  return sealed.draft || sealed.problem ? sealed : loadDraftFile(draftFile(journal, kind, customer), kind);
}

/**
 * The readable drafts of a kind, for one customer when given, and the files that could not be
 * read. A draft from before drafts were kept per customer is found as well.
 */
export async function listDrafts(journal: string, kind: Phase, customer?: string, decrypter?: Decrypter): Promise<{ drafts: KeptDraft[]; problems: string[] }> {
  const drafts: KeptDraft[] = [];
  const problems: string[] = [];
  for (const { file } of draftFiles(journal, kind)) {
    const { draft, problem } = await loadDraftFile(file, kind, decrypter);
    if (problem) problems.push(problem);
    if (draft && (customer === undefined || sameCustomer(draft.customer, customer))) drafts.push({ draft, file });
  }
  return { drafts, problems };
}

export async function removeDraft(journal: string, kind: Phase, customer?: string): Promise<void> {
  await Promise.all([fs.rm(draftFile(journal, kind, customer), { force: true }), fs.rm(sealedDraftFile(journal, kind, customer), { force: true })]);
}

/** A draft in a few words, for the resume question and the home screen: answers, customer, when. */
export function describeDraft(draft: Draft): string {
  const when = localIso(new Date(draft.updatedAt)).slice(0, 16).replace("T", " ");
  return t().flow.draftWhat(draft.answers.length, draft.customer ? safeLine(draft.customer) : undefined, when);
}
