import type { InvalidFile, SchemaIssue, Why } from "./invalid-file.js";
import { t } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { en } from "../i18n/messages.js";

type Custom = keyof typeof en.schema.custom;
type About = keyof typeof en.schema.about;

/** A schema's finding in the run's words; a message of the tool's own schemas by its name. */
export function issueText(issue: SchemaIssue, lang?: Lang): string {
  const m = t(lang).schema;
  const custom = (Object.keys(en.schema.custom) as Custom[]).find((k) => en.schema.custom[k] === issue.message);
  if (custom) return m.custom[custom];
  // A message about another step carries its id in quotes: the same words with that id are the catalogue's.
  const id = /"([^"]*)"/.exec(issue.message)?.[1];
  const about = id !== undefined ? (Object.keys(en.schema.about) as About[]).find((k) => en.schema.about[k](id) === issue.message) : undefined;
  if (about) return m.about[about](id!);
  // A message of a schema's own that the catalogue does not hold (an exercise author's check)
  // says more than any general words would; zod's defaults all start with one of these.
  if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message)) return issue.message;
  const type = (name: string | undefined) => (m.types as Record<string, string>)[name ?? ""] ?? name ?? "?";
  const bound = (table: Record<string, (n: number) => string>, n: number | string | undefined) =>
    table[issue.origin ?? ""]?.(Number(n)) ?? table.number!(Number(n));
  switch (issue.code) {
    case "invalid_type":
      return issue.got === "missing" ? m.missing : m.type(type(issue.expected), type(issue.got));
    case "too_small":
      return bound(m.atLeast, issue.minimum);
    case "too_big":
      return bound(m.atMost, issue.maximum);
    case "invalid_value":
      return m.oneOf((issue.values ?? []).join(", "));
    case "unrecognized_keys":
      return m.unknownKeys(issue.keys?.length ?? 0, (issue.keys ?? []).join(", "));
    case "invalid_format":
    case "custom":
      return m.format;
    case "invalid_union":
      return m.union;
    default:
      return issue.message;
  }
}

/** A file that is no readable YAML, in the words of this run: the reader's own finding, or the parser's. */
export function yamlProblemText(message: string, lang?: Lang): string {
  const own = (Object.keys(en.reasons.yaml) as (keyof typeof en.reasons.yaml)[]).find((k) => en.reasons.yaml[k] === message);
  return own ? t(lang).reasons.yaml[own] : t(lang).reasons.notYaml(message);
}

/** Why a file was skipped, in the words of this run. */
export function whyText(why: Why, lang?: Lang): string {
  const m = t(lang).reasons;
  switch (why.key) {
    case "tooLarge":
      return m.tooLarge(why.size, why.limit);
    case "misplaced":
    case "misplacedCopy":
      return m[why.key](why.home);
    case "unreadable":
    case "folderUnreadable":
      return m[why.key](why.code);
    case "version":
      return m.version(why.found, why.reads);
    case "notYaml":
      return yamlProblemText(why.detail, lang);
    case "field":
      return `${why.field}: ${issueText(why.issue, lang)}`;
    case "idMismatch":
      return m.idMismatch(why.id);
    case "kindMismatch":
      return m.kindMismatch(why.kind);
    default:
      return m[why.key];
  }
}

/**
 * A skipped file with its reason in the words of this run. The data behind the words stays here:
 * what is shown (and anonymized) further on is the reason alone.
 */
export function inRunWords(f: InvalidFile, lang?: Lang): InvalidFile {
  const { why, ...rest } = f;
  return why ? { ...rest, reason: whyText(why, lang) } : rest;
}
