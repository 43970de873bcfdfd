import { z } from "zod";
import { DEFAULT_CONFIG, type Config } from "./config.js";
import { Depth, LangSchema } from "../exercises/schema.js";

export const ConfigSchema = z.strictObject({
  lang: LangSchema.optional(),
  name: z.string().optional(),
  journal: z.string().min(1).optional(),
  streakGraceDays: z.number().int().min(0).max(14).default(DEFAULT_CONFIG.streakGraceDays),
  workdays: z.array(z.number().int().min(1).max(7)).min(1).default(DEFAULT_CONFIG.workdays),
  depth: Depth.optional(),
}) satisfies z.ZodType<Config, unknown>;
