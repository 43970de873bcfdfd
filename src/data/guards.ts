/**
 * Checks of plain JSON values, without a schema library: for values read back where loading one
 * would cost more than the command itself (the home screen's status), and for long lists.
 */
export type Guard<T> = (x: unknown) => x is T;

export const isString: Guard<string> = (x): x is string => typeof x === "string";
export const isStringOrNull: Guard<string | null> = (x): x is string | null => x === null || isString(x);
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
export const isListOf =
  <T>(isItem: Guard<T>): Guard<T[]> =>
  (xs): xs is T[] =>
    Array.isArray(xs) && xs.every(isItem);
