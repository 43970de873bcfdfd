import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { UserError } from "../errors.js";
import { formatProblem, parseYaml } from "../data/parse-yaml.js";
import { CONFIG_FILE } from "../paths.js";

export const Config = z.strictObject({
  lang: z.enum(["nl", "en"]).optional(),
  name: z.string().optional(),
  journal: z.string().min(1).optional(),
  /** Days in a row without a daily reflection that do not break a streak (weekends never do). */
  streakGraceDays: z.number().int().min(0).max(14).default(0),
  /** Working days, 1 = Monday … 7 = Sunday. */
  workdays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
});
export type Config = z.infer<typeof Config>;


/** The user's config; a missing file means the defaults, a broken one is an error that names the line. */
export async function loadConfig(configDir: string): Promise<Config> {
  const file = path.join(configDir, CONFIG_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return Config.parse({});
    throw new UserError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code})`);
  }
  if (text.trim() === "") return Config.parse({});
  const parsed = parseYaml(text, Config, file);
  if (!parsed.ok) throw new UserError(`${formatProblem(parsed.problems[0]!)} (fix or remove the config file)`);
  return parsed.value;
}
