import { z } from "zod";
import { isListOf, type Guard } from "./guards.js";

/**
 * A schema for a long list of plain items (days, ids), checked in one loop. A value kept in the
 * cache holds thousands of them, and read back once per command: a schema per item would run
 * zod's code cold for each, tens of milliseconds that a prep cannot spare.
 */
export const listOf = <T>(isItem: Guard<T>) => z.custom<T[]>(isListOf(isItem));

/** What `loadDerived` takes to check a value read back: the value, when it has the schema's shape. */
export const parserOf =
  <T>(schema: z.ZodType<T>) =>
  (value: unknown): T | undefined => {
    const r = schema.safeParse(value);
    return r.success ? r.data : undefined;
  };
