import { whyText } from "../i18n/reasons.js";
import type { InvalidFile, Problem, Why } from "./entry.js";

/** A file that cannot be used: why, as data, and in words (English until a run puts it in its own). */
export function skipped(path: string, problem: Problem, why: Why, line?: number): InvalidFile {
  return { path, ...(line !== undefined && { line }), problem, reason: whyText(why, "en"), why };
}
