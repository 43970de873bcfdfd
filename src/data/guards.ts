/**
 * Checks of plain JSON values, without a schema library: for values read back where loading one
 * would cost more than the command itself (the home screen's status), and for long lists.
 */
export type Guard<T> = (x: unknown) => x is T;

export const isString: Guard<string> = (x): x is string => typeof x === "string";
export const isStringOrNull: Guard<string | null> = (x): x is string | null => x === null || isString(x);
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
/** A whole number, zero or more. */
export const isCount: Guard<number> = (x): x is number => Number.isInteger(x) && (x as number) >= 0;

/** Guards of a record's fields, one each, from which the record's type is taken. */
export type FieldGuards = Record<string, Guard<unknown>>;
export type Guarded<G extends FieldGuards> = { [K in keyof G]: G[K] extends Guard<infer T> ? T : never };

/**
 * A record whose every field passes its own guard (other fields are let be). The fields are listed
 * once, not at each check: a warm summary checks some ten thousand records of its month digests.
 */
export const isShaped = <G extends FieldGuards>(fields: G): Guard<Guarded<G>> => {
  const keys = Object.keys(fields);
  const guards = Object.values(fields);
  return (x): x is Guarded<G> => {
    if (!isRecord(x)) return false;
    for (let i = 0; i < keys.length; i++) if (!guards[i]!(x[keys[i]!])) return false;
    return true;
  };
};
/** A record with exactly these fields, each passing its guard: for a value to be taken as it is, with no field to strip. */
export const isExactly = <G extends FieldGuards>(fields: G): Guard<Guarded<G>> => {
  const shaped = isShaped(fields);
  const count = Object.keys(fields).length;
  return (x): x is Guarded<G> => shaped(x) && Object.keys(x).length === count;
};
export const isListOf =
  <T>(isItem: Guard<T>): Guard<T[]> =>
  (xs): xs is T[] =>
    Array.isArray(xs) && xs.every(isItem);
