import { z } from "zod";
import { DEFAULT_CONFIG, type Config } from "./config.js";

export const ConfigSchema = z.strictObject({
  lang: z.enum(["nl", "en"]).optional(),
  name: z.string().optional(),
  journal: z.string().min(1).optional(),
  depth: z.enum(["quick", "full"]).optional(),
  streakGraceDays: z.number().int().min(0).max(14).default(DEFAULT_CONFIG.streakGraceDays),
  workdays: z.array(z.number().int().min(1).max(7)).min(1).default(DEFAULT_CONFIG.workdays),
}) satisfies z.ZodType<Config, unknown>;
