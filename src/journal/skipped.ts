import { whyText } from "../data/reasons.js";
import type { InvalidFile, Problem, Why } from "../data/invalid-file.js";

/** A file that cannot be used: why, as data, and in words (English until a run puts it in its own). */
export function skipped(path: string, problem: Problem, why: Why, line?: number): InvalidFile {
  return { path, ...(line !== undefined && { line }), problem, reason: whyText(why, "en"), why };
}
