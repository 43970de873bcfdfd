import fs from "node:fs/promises";
import { stringify } from "yaml";
import { z } from "zod";
import { writeFileAtomic } from "../data/atomic-write.js";
import { parseYaml } from "../data/parse-yaml.js";
import { Phase } from "../exercises/schema.js";
import { Answer } from "../journal/entry.js";
import { draftFile } from "./editor.js";
import { localIso } from "../dates.js";
import { t } from "../i18n/index.js";
import { safeLine } from "../render/safe-text.js";
import type { Decrypt } from "../crypto/age.js";
import { diskToText, journalRecipients, SEALED, textToDisk } from "../crypto/sealed.js";

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

/** A draft of an encrypted journal is encrypted too, and the plain one it replaces is removed. */
export async function saveDraft(journal: string, draft: Draft): Promise<void> {
  const recipients = await journalRecipients(journal);
  const plain = draftFile(journal, draft.kind);
  const [file, other] = recipients.length > 0 ? [plain + SEALED, plain] : [plain, plain + SEALED];
  await writeFileAtomic(file, await textToDisk(recipients, stringify(draft, { lineWidth: 0 })));
  await fs.rm(other, { force: true });
}

/**
 * The draft of a flow, if there is a readable one. A damaged draft, or an encrypted one that
 * the run's keys cannot open, is left alone and reported.
 */
export async function loadDraft(journal: string, kind: Phase, decrypter?: () => Promise<Decrypt | undefined>): Promise<{ draft?: Draft; problem?: string }> {
  const plain = draftFile(journal, kind);
  let file = plain + SEALED;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    try {
      bytes = await fs.readFile((file = plain));
    } catch {
      return {};
    }
  }
  const opened = await diskToText(file, bytes, file === plain ? undefined : await decrypter?.());
  if (!opened.ok) return { problem: `${file} (${opened.invalid.reason})` };
  const parsed = parseYaml(Buffer.from(opened.bytes).toString("utf8"), Draft, file);
  if (!parsed.ok || parsed.value.kind !== kind) return { problem: file };
  return { draft: parsed.value };
}

export async function removeDraft(journal: string, kind: Phase): Promise<void> {
  await Promise.all([fs.rm(draftFile(journal, kind), { force: true }), fs.rm(draftFile(journal, kind) + SEALED, { force: true })]);
}

/** A draft in a few words, for the resume question and the home screen: answers, customer, when. */
export function describeDraft(draft: Draft): string {
  const when = localIso(new Date(draft.updatedAt)).slice(0, 16).replace("T", " ");
  return t().flow.draftWhat(draft.answers.length, draft.customer ? safeLine(draft.customer) : undefined, when);
}
