import chalk, { Chalk } from "chalk";

/**
 * The one chalk instance the renderers use. Colour follows the terminal, and NO_COLOR (any
 * non-empty value, see no-color.org) turns it off, as does writing to a pipe.
 */
export const style = process.env.NO_COLOR ? new Chalk({ level: 0 }) : chalk;
