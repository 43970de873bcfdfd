/** A chalk colour level: none, 16 colours, 256, or true colour. */
export type ColourLevel = 0 | 1 | 2 | 3;

/**
 * Colour follows the terminal: none when writing to a pipe, and NO_COLOR (any non-empty value,
 * see no-color.org) turns it off; FORCE_COLOR turns it on. Kept apart from chalk, so that the
 * option parser can ask without loading it.
 */
export function colourLevel(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): ColourLevel {
  if (env.NO_COLOR) return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined && forced !== "") return forced === "0" || forced === "false" ? 0 : (Math.min(Math.max(Number(forced) || 1, 1), 3) as ColourLevel);
  if (!isTTY || env.TERM === "dumb") return 0;
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  return /-256(colou?r)?$/i.test(env.TERM ?? "") ? 2 : 1;
}
