import { FAILSAFE_SCHEMA, Type, load } from "js-yaml";

/**
 * A quick reading of plain YAML with js-yaml, some eight times faster than `yaml` on entry files.
 * It must give the same value `yaml` gives (YAML 1.2, core schema) or give up: the caller then
 * asks `yaml`, which decides and locates any error. So everything where the two could differ is
 * left to `yaml`: anchors, aliases and tags (`yaml` caps alias expansion and refuses unknown
 * tags), directives (`%YAML 1.1` changes what `yes` means), and anything js-yaml refuses.
 */

/**
 * The core schema's scalars exactly as `yaml` resolves them (js-yaml's own also take `1_000`,
 * `0b1`, `+0x1`). One type per tag: js-yaml keeps only the last of several with the same tag.
 */
const scalar = (tag: string, may: (s: string) => boolean, forms: [RegExp, (s: string) => unknown][]) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    // `may` is a quick look (length, first character) that every form needs: most scalars are
    // words, and trying every form on each of them was some 6 % of a parse worker's time.
    resolve: (s: string | null) => s !== null && may(s) && forms.some(([test]) => test.test(s)),
    construct: (s: string) => forms.find(([test]) => test.test(s))![1](s),
  });

/** How every int and float form starts (`.inf` and `.nan` with the dot). */
const NUMBER_START = /^[-+.0-9]/;

const CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    // An empty plain scalar reaches `resolve` as null: that is the null of an empty value.
    new Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (s: string | null) => s === null || (s.length <= 4 && /^(?:~|[Nn]ull|NULL)?$/.test(s)), construct: () => null }),
    scalar("bool", (s) => s.length === 4 || s.length === 5, [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === "t" || s[0] === "T"]]),
    scalar("int", (s) => NUMBER_START.test(s), [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ]),
    scalar("float", (s) => NUMBER_START.test(s), [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ]),
  ],
});

/**
 * Where the two readers could part: an anchor, alias or tag where a node could start; a
 * directive; a carriage return alone (a line break to js-yaml, not to `yaml`); a key that may be
 * a collection (explicit `? `, or a line or flow item opening with a bracket) or null, which the
 * two turn into different strings; a comment straight after a quote, which only `yaml` refuses; a
 * list item left empty, after which js-yaml can nest what follows wrongly. Cautious on purpose: "Smith *and* Sons" in free text also matches, and
 * such a file merely takes the slower road.
 */
const LEFT_TO_YAML = /(?:^|[\s[{,])(?:[&*][^\s]|!|\?(?:\s|$))|^%|\r(?!\n)|["']#|^[ \t]*-[ \t]*(?:#.*)?$|(?:^|[[{,])[ \t]*(?:-[ \t]+)*(?:[[{]|(?:~|[Nn]ull|NULL)?[ \t]*:(?:\s|$))/m;

/** `yaml` refuses a key over 1024 characters, js-yaml takes it: a line that may hold one is left to `yaml`. */
function mayHaveLongKey(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start) + 1 || text.length;
    if (end - start > 1000) {
      const colon = /:(?:\s|$)/.exec(text.slice(start, end));
      if (colon && colon.index >= 1000) return true;
    }
    start = end;
  }
  return false;
}

/** The value of a plain YAML text, or undefined when `yaml` must be asked. */
export function fastYaml(text: string): { value: unknown } | undefined {
  if (LEFT_TO_YAML.test(text) || mayHaveLongKey(text)) return undefined;
  let warned = false;
  try {
    const value = load(text, { schema: CORE, onWarning: () => (warned = true) });
    // An empty text is null to `yaml`, nothing at all to js-yaml.
    return warned ? undefined : { value: value ?? null };
  } catch {
    return undefined;
  }
}
