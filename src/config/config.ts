import path from "node:path";
import { explainReadError } from "../data/read-error.js";
import { readWhole } from "../data/read-whole.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import type { Depth } from "../exercises/schema.js";
import { CONFIG_FILE } from "../paths.js";

export interface Config {
  lang?: Lang;
  name?: string;
  journal?: string;
  /** Missed working days in a row that do not break a streak (weekends never do). */
  streakGraceDays: number;
  /** Working days, 1 = Monday … 7 = Sunday. */
  workdays: number[];
  /** What a flow asks unless `--full` or `--quick` says otherwise; quick when not set. */
  depth?: Depth;
}

/** The settings `empathy config` gets and sets, as the file names them (the schema checks they are all its keys). */
export const CONFIG_KEYS = ["lang", "name", "journal", "depth", "streakGraceDays", "workdays"] as const satisfies readonly (keyof Config)[];
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/** The values a setting takes when they are few, for completion. */
export const CONFIG_CHOICES: Partial<Record<ConfigKey, readonly string[]>> = { lang: LANGS, depth: ["quick", "full"] };

export const DEFAULT_CONFIG: Config = { streakGraceDays: 0, workdays: [1, 2, 3, 4, 5] };

/**
 * The user's config; a missing or empty file means the defaults, a broken one is an error that
 * names the line. The schema (and zod) is loaded only when there is a file to check.
 */
export async function loadConfig(configDir: string): Promise<Config> {
  const file = path.join(configDir, CONFIG_FILE);
  let text: string;
  try {
    text = await readWhole(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { ...DEFAULT_CONFIG };
    throw explainReadError(file, e);
  }
  if (text.trim() === "") return { ...DEFAULT_CONFIG };
  const [{ ConfigSchema }, { formatProblem, parseYaml }] = await Promise.all([import("./config-schema.js"), import("../data/parse-yaml.js")]);
  const parsed = parseYaml(text, ConfigSchema, file);
  if (!parsed.ok) throw new UserError(`${formatProblem(parsed.problems[0]!)} (${t().errors.fixConfig})`);
  return parsed.value;
}
