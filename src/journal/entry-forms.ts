import { isValidDay } from "../dates.js";

/*
 * The forms of an entry's fields that a pattern decides, free of zod: the schema in entry.ts
 * refines its fields with these, and the index's check of its rows (row-check.ts) tests them
 * without loading the schema, which a warm read does not.
 */

/** The version of an entry's fields, the `schema:` at the head of every entry file. */
export const SCHEMA_VERSION = 1;

const ISO = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** A moment with its offset, `2026-11-24T10:30:00+01:00`, on a real day. */
export const isEntryTime = (s: string) => ISO.test(s) && isValidDay(s.slice(0, 10));

/** A follow-up action's id. */
export const ACTION_ID = /^[a-z0-9]{4,12}$/;
