import { z } from "zod";

/**
 * A schema for a long list of plain items (days, ids), checked in one loop. A value kept in the
 * cache holds thousands of them, and read back once per command: a schema per item would run
 * zod's code cold for each, tens of milliseconds that a prep cannot spare.
 */
export const listOf = <T>(isItem: (x: unknown) => x is T) => z.custom<T[]>((xs) => Array.isArray(xs) && xs.every(isItem));

export const isString = (x: unknown): x is string => typeof x === "string";
export const isStringOrNull = (x: unknown): x is string | null => x === null || isString(x);
