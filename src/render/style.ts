import type { ChalkInstance } from "chalk";
import type { ColourLevel } from "./colour-level.js";

/** The chalk styles the renderers use (none chained). */
const NAMES = ["bold", "dim", "red", "green", "yellow", "cyan", "magenta"] as const;

export type Paint = (...text: unknown[]) => string;

/**
 * chalk at the run's colour level, loaded only for a run in colour: most runs write to a pipe or
 * have NO_COLOR, and loading chalk (its modules, the terminal's) cost each of them milliseconds.
 */
let chalk: ChalkInstance | undefined;

/** The text as chalk gives it back at level 0: its parts joined by spaces. */
const plain = (text: unknown[]): string => (text.length === 1 ? "" + text[0] : text.join(" "));

/**
 * The styles the renderers use, each as chalk's. They start plain; each run sets its colour from
 * the environment and terminal it was given (see `colourLevel`), never from the process at import.
 */
export const style = Object.fromEntries(NAMES.map((name) => [name, (...text: unknown[]) => (chalk ? chalk[name](...text) : plain(text))])) as Record<
  (typeof NAMES)[number],
  Paint
>;

export async function useColour(level: ColourLevel): Promise<void> {
  chalk = level > 0 ? new (await import("chalk")).Chalk({ level }) : undefined;
}
