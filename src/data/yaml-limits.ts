import { fullYaml } from "./full-yaml.js";

/** No file of the tool's comes near these; a hostile one may, and parsers recurse per level. */
export const MAX_YAML_CHARS = 1024 * 1024;
export const MAX_FLOW_DEPTH = 64;
/**
 * Leading spaces of a line, and `- ` (`? `, `: `) written compactly before its content: block
 * nesting costs the parser a level per step of either.
 */
export const MAX_INDENT = 256;
/**
 * Values (texts, numbers, lists, maps, empty items): the parser spends some 30 µs and a few hundred
 * bytes on each, so 400,000 of them in an 800 KB file cost seconds and half a gigabyte. An entry
 * has a few hundred; a long text is one.
 */
export const MAX_NODES = 10_000;

export interface YamlLimits {
  maxChars: number;
  maxNodes: number;
}

const DEFAULTS: YamlLimits = { maxChars: MAX_YAML_CHARS, maxNodes: MAX_NODES };
/** Tokens that each make (at most) one node: a scalar's start, a collection's, an item's or a key's indicator. */
const NODE_TOKENS = new Set(["\u001f", "[", "{", ",", "-", "?", ":"]);
/** A run of characters long enough to indent a line past MAX_INDENT. */
const DEEP_INDENT = new RegExp(`[ ?:-]{${MAX_INDENT + 1}}`);

/**
 * Why a text is not handed to a YAML parser at all, or undefined when it may be. Parsers recurse
 * once per nesting level, and a few files nested a thousand deep exhaust the stack or, worse, the
 * memory of the whole process: this check is linear and bounded, and runs before any parser.
 * Flow brackets are counted on the lexer's tokens, so a bracket inside a quoted or block scalar
 * (ordinary text) is never taken for nesting, and none that the parser sees as nesting is missed.
 */
export function yamlTooComplex(text: string, limits: Partial<YamlLimits> = {}): string | undefined {
  const { maxChars, maxNodes } = { ...DEFAULTS, ...limits };
  if (text.length > maxChars) return `too large to parse (${text.length} characters; the limit is ${maxChars})`;
  let indent = 0;
  let lineStart = true;
  // Only a run of that many spaces and indicators can indent a line that deeply: most texts have
  // none, and the regular expression finds that in a fraction of the loop's time.
  for (let i = DEEP_INDENT.test(text) ? 0 : text.length; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
    } else if (lineStart && (c === 32 || ((c === 45 || c === 63 || c === 58) && text.charCodeAt(i + 1) === 32))) {
      if (++indent > MAX_INDENT) return `nested too deeply (a line indented by more than ${MAX_INDENT} spaces)`;
    } else lineStart = false;
  }
  if (withinLexerLimits(text, maxNodes)) return undefined;
  let depth = 0;
  let nodes = 0;
  for (const token of new (fullYaml().Lexer)().lex(text)) {
    if (NODE_TOKENS.has(token) && ++nodes > maxNodes) return `too many values to parse (more than ${maxNodes})`;
    if (token === "[" || token === "{") {
      if (++depth > MAX_FLOW_DEPTH) return `nested too deeply (more than ${MAX_FLOW_DEPTH} levels of [ ] or { })`;
    } else if ((token === "]" || token === "}") && depth > 0) depth--;
  }
  return undefined;
}

/**
 * Whether a text is too short to break the lexer's limits, which lexing every file of a cold read
 * cost a third of its time to learn. A character is at most one indicator with an empty value after
 * it, so a text has at most two node tokens per character; the flow depth is at most the number of
 * `[` and `{` in it.
 */
function withinLexerLimits(text: string, maxNodes: number): boolean {
  if (2 * text.length >= maxNodes) return false;
  let openers = 0;
  for (let i = text.indexOf("[") + 1; i > 0; i = text.indexOf("[", i) + 1) openers++;
  for (let i = text.indexOf("{") + 1; i > 0; i = text.indexOf("{", i) + 1) openers++;
  return openers <= MAX_FLOW_DEPTH;
}
