import type { Config } from "../config/config.js";
import type { StreakRules } from "../insights/streak.js";

/** The streak rules the config sets (working days, grace), as the analysis takes them. */
export function streakRules(config: Config): StreakRules {
  return { workdays: config.workdays, graceDays: config.streakGraceDays };
}
