/**
 * How many trials a randomised test makes: enough in the default run to cover each case it checks,
 * the full count in a soak run (`EMPATHY_SOAK=full`, as CI does once), or the number given.
 * Counts, not durations: a test stays as strong on a slow machine as on a fast one.
 */
export function soak(quick: number, full: number): number {
  const asked = process.env.EMPATHY_SOAK;
  if (asked === "full") return full;
  return Number(asked) > 0 ? Number(asked) : quick;
}
