/**
 * The three moments the tool coaches, and the kinds of entry: the one owner of their names. Kept
 * free of zod so that light commands need not load it; the schemas take `PhaseSchema` of
 * schema.ts, the zod enum of these.
 */
export const PHASES = ["prep", "debrief", "daily"] as const;
export type Phase = (typeof PHASES)[number];

export function isPhase(v: unknown): v is Phase {
  return (PHASES as readonly unknown[]).includes(v);
}
