import { Chalk } from "chalk";
import type { ColourLevel } from "./colour-level.js";

/**
 * The one chalk instance the renderers use. It starts plain; each run sets its colour from the
 * environment and terminal it was given (see `colourLevel`), never from the process at import.
 */
export const style = new Chalk({ level: 0 });

export function useColour(level: ColourLevel): void {
  style.level = level;
}
