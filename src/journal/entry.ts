import { z } from "zod";
import { isValidDay } from "../dates.js";
import { Phase } from "../exercises/schema.js";

export const SCHEMA_VERSION = 1;

const Day = z.string().refine(isValidDay, "expected a real date YYYY-MM-DD");
const ISO = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const IsoWithOffset = z
  .string()
  .refine(
    (s) => ISO.test(s) && isValidDay(s.slice(0, 10)),
    "expected a real ISO 8601 time with its UTC offset, e.g. 2026-11-24T10:30:00+01:00",
  );

/** What a step's answer can be: text, an option id, a rating, yes/no, or a list of items. */
export const AnswerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof AnswerValue>;

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
  id: z.string().regex(/^[a-z0-9]{4,12}$/, "expected a short id of letters and digits"),
  text: z.string().min(1),
  due: Day.optional(),
  done: z.boolean().default(false),
  doneAt: IsoWithOffset.optional(),
});
export type Action = z.infer<typeof Action>;

export const Entry = z.object({
  schema: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{4}-[a-z]+(-[a-z0-9-]+)?$/, "not an entry id"),
  kind: Phase,
  createdAt: IsoWithOffset,
  lang: z.enum(["nl", "en"]),
  customer: z.string().min(1).optional(),
  exercise: z.object({ id: z.string().min(1), version: z.number().int().positive() }),
  links: z.object({ prep: z.string().min(1).optional() }).optional(),
  answers: z.array(Answer),
  actions: z.array(Action).default([]),
  /** `coach`: the salesperson wants to discuss this entry with their coach. */
  flags: z.array(z.string()).optional(),
});
export type Entry = z.infer<typeof Entry>;
export type Kind = Entry["kind"];

/** An entry as read from disk, with the file it came from. */
export interface StoredEntry {
  entry: Entry;
  path: string;
}

/** What kind of problem a file has: the file-health report of a review groups by it. */
export type Problem = "not-yaml" | "schema" | "version" | "too-large" | "not-journal-file" | "unreadable" | "encrypted";

/** A file in the journal that could not be used, and why. It is reported, never rewritten. */
export interface InvalidFile {
  path: string;
  line?: number;
  problem: Problem;
  reason: string;
}
