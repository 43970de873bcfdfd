import { z } from "zod";
import { isValidDay } from "../dates.js";
import { AnswerValue, LangSchema, PhaseSchema } from "../exercises/schema.js";
import { ENTRY_ID } from "./naming.js";
import { TAG } from "./tags.js";
// The schema's own messages are the catalogue's, so that they are shown in the run's language.
import { en } from "../i18n/messages.js";

export const SCHEMA_VERSION = 1;

const words = en.schema.custom;
const Day = z.string().refine(isValidDay, words.day);
const ISO = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const IsoWithOffset = z
  .string()
  .refine(
    (s) => ISO.test(s) && isValidDay(s.slice(0, 10)),
    words.time,
  );

export const Answer = z.object({
  step: z.string().min(1),
  type: z.string().min(1),
  /** The question exactly as it was asked, so old entries stay readable after exercises change. */
  question: z.string(),
  /** For a rotating step: which question of the pool was asked. */
  variant: z.string().optional(),
  answer: AnswerValue,
});
export type Answer = z.infer<typeof Answer>;

export const Action = z.object({
  id: z.string().regex(/^[a-z0-9]{4,12}$/, words.actionId),
  text: z.string().min(1),
  due: Day.optional(),
  done: z.boolean().default(false),
  doneAt: IsoWithOffset.optional(),
});
export type Action = z.infer<typeof Action>;

export const Entry = z.object({
  schema: z.literal(SCHEMA_VERSION),
  id: z.string().regex(ENTRY_ID, words.entryId),
  kind: PhaseSchema,
  createdAt: IsoWithOffset,
  lang: LangSchema,
  customer: z.string().min(1).optional(),
  exercise: z.object({ id: z.string().min(1), version: z.number().int().positive() }),
  links: z.object({ prep: z.string().min(1).optional() }).optional(),
  answers: z.array(Answer),
  actions: z.array(Action).default([]),
  /**
   * The listening skill practised: the one a quick debrief rated, or the one a prep's tip named
   * (its debrief then rates it). A full debrief, rating every skill, has none.
   */
  focus: z.string().min(1).optional(),
  /** `coach`: the salesperson wants to discuss this entry with their coach. */
  flags: z.array(z.string()).optional(),
  /** The salesperson's own labels (`--tag`), such as a product or a campaign. */
  tags: z.array(z.string().regex(TAG, words.tag)).optional(),
});
export type Entry = z.infer<typeof Entry>;

/** An entry as read from disk, with the file it came from. */
export interface StoredEntry {
  entry: Entry;
  path: string;
}
