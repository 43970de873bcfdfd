import { Lexer } from "yaml";

/** No file of the tool's comes near these; a hostile one may, and parsers recurse per level. */
export const MAX_YAML_CHARS = 1024 * 1024;
export const MAX_FLOW_DEPTH = 64;
/**
 * Leading spaces of a line, and `- ` (`? `, `: `) written compactly before its content: block
 * nesting costs the parser a level per step of either.
 */
export const MAX_INDENT = 256;

/**
 * Why a text is not handed to a YAML parser at all, or undefined when it may be. Parsers recurse
 * once per nesting level, and a few files nested a thousand deep exhaust the stack or, worse, the
 * memory of the whole process: this check is linear and bounded, and runs before any parser.
 * Flow brackets are counted on the lexer's tokens, so a bracket inside a quoted or block scalar
 * (ordinary text) is never taken for nesting, and none that the parser sees as nesting is missed.
 */
export function yamlTooComplex(text: string): string | undefined {
  if (text.length > MAX_YAML_CHARS) return `too large to parse (${text.length} characters; the limit is ${MAX_YAML_CHARS})`;
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
    } else if (lineStart && (c === 32 || ((c === 45 || c === 63 || c === 58) && text.charCodeAt(i + 1) === 32))) {
      if (++indent > MAX_INDENT) return `nested too deeply (a line indented by more than ${MAX_INDENT} spaces)`;
    } else lineStart = false;
  }
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === "[" || token === "{") {
      if (++depth > MAX_FLOW_DEPTH) return `nested too deeply (more than ${MAX_FLOW_DEPTH} levels of [ ] or { })`;
    } else if ((token === "]" || token === "}") && depth > 0) depth--;
  }
  return undefined;
}
