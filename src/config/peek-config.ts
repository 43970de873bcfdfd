import { readBytesSync } from "../data/read-whole.js";
import path from "node:path";
import { CONFIG_FILE } from "../paths.js";

/** What nudge and shell completion need of the config. */
export interface PeekedConfig {
  journal?: string;
  lang?: string;
}

/**
 * The two settings that nudge and shell completion need, read without loading the YAML parser or
 * zod: both run at every shell start or Tab and must stay as fast as Node's own start-up.
 */
export function peekConfig(configDir: string): PeekedConfig {
  try {
    return peekConfigText(readBytesSync(path.join(configDir, CONFIG_FILE)).toString("utf8"));
  } catch {
    return {};
  }
}

const WANTED = ["journal", "lang"] as const;
const TOP_KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
/** A plain scalar cannot start with these; what they begin (a block, a flow, an anchor) is not read here. */
const NOT_PLAIN = /^([|>{}[\]&*!%@`,'"#]|[-?:]([ \t]|$))/;
const NULL = /^(~|null|Null|NULL)?$/;

/**
 * The config's top-level `key: value` lines, read by YAML's rules for a scalar on one line: plain
 * (a `#` after a space starts a comment), 'single-quoted' (`''` is a quote) or "double-quoted"
 * (with its escapes). What cannot be read so (a value on the next lines, a flow, a key given
 * twice) counts as not set: nudge then uses the defaults, and every other command, reading the
 * file in full, says what is wrong with it.
 */
export function peekConfigText(text: string): PeekedConfig {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const found = new Map<string, string | undefined>();
  let content = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A second document, or the end of the first: the config is the first one.
    if (/^(---|\.\.\.)([ \t]|$)/.test(line)) {
      if (content || line.startsWith("...")) break;
      continue;
    }
    if (/^([ \t]*(#.*)?)?$/.test(line)) continue;
    content = true;
    const m = TOP_KEY.exec(line);
    if (!m || !(WANTED as readonly string[]).includes(m[1]!)) continue;
    const continued = /^[ \t]+[^ \t#]/.test(lines[i + 1] ?? "");
    found.set(m[1]!, found.has(m[1]!) ? undefined : scalar(m[2] ?? "", continued));
  }
  const journal = found.get("journal");
  const lang = found.get("lang");
  return { ...(journal !== undefined && { journal }), ...(lang !== undefined && { lang }) };
}

/** The value of one line, or undefined when it is empty, null or more than one line can hold. */
function scalar(raw: string, continued: boolean): string | undefined {
  const v = raw.trim();
  if (v.startsWith('"')) return quoted(v, doubleQuoted);
  if (v.startsWith("'")) return quoted(v, singleQuoted);
  if (continued || NOT_PLAIN.test(v)) return undefined;
  const plain = v.replace(/[ \t]+#.*$/, "");
  // `a: b: c` is no value but an error in YAML.
  return NULL.test(plain) || /:([ \t]|$)/.test(plain) ? undefined : plain;
}

/** A quoted value, when nothing but a comment follows its closing quote. */
function quoted(v: string, read: (v: string) => { value: string; end: number } | undefined): string | undefined {
  const r = read(v);
  return r && /^([ \t]+#.*|[ \t]*)$/.test(v.slice(r.end)) ? r.value : undefined;
}

function singleQuoted(v: string): { value: string; end: number } | undefined {
  let value = "";
  for (let i = 1; i < v.length; i++) {
    if (v[i] !== "'") value += v[i];
    else if (v[i + 1] === "'") value += v[i++];
    else return { value, end: i + 1 };
  }
  return undefined;
}

const ESCAPES: Record<string, string> = { "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029" };
const HEX: Record<string, number> = { x: 2, u: 4, U: 8 };

function doubleQuoted(v: string): { value: string; end: number } | undefined {
  let value = "";
  for (let i = 1; i < v.length; i++) {
    const c = v[i]!;
    if (c === '"') return { value, end: i + 1 };
    if (c !== "\\") {
      value += c;
      continue;
    }
    const e = v[++i] ?? "";
    if (e in ESCAPES) value += ESCAPES[e];
    else if (e in HEX) {
      const digits = v.slice(i + 1, i + 1 + HEX[e]!);
      const code = parseInt(digits, 16);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX[e] || code > 0x10ffff) return undefined;
      value += String.fromCodePoint(code);
      i += HEX[e]!;
    } else return undefined;
  }
  return undefined;
}
