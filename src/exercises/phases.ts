/** The three moments the tool coaches. Kept free of zod so that light commands need not load it. */
export const PHASES = ["prep", "debrief", "daily"] as const;
export type PhaseName = (typeof PHASES)[number];

export function isPhase(v: unknown): v is PhaseName {
  return (PHASES as readonly unknown[]).includes(v);
}
