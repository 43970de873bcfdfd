import type { LoadedExercise } from "../exercises/load.js";
import { hasQuickForm } from "../exercises/forms.js";
import type { Condition, Exercise, Step } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import { style } from "./style.js";
import { safeLine } from "../data/safe-text.js";

export function exerciseTable(list: LoadedExercise[], lang: Lang): string {
  const m = t(lang).exercises;
  const kinds = t(lang).summary.kinds;
  const idWidth = Math.max(...list.map((e) => e.exercise.id.length));
  const kindWidth = Math.max(...list.map((e) => kinds[e.exercise.phase].length));
  return list
    .map(({ exercise: e, builtin }) => {
      const where = builtin ? m.builtin : m.own;
      return `${style.bold(e.id.padEnd(idWidth))}  ${kinds[e.phase].padEnd(kindWidth)}  ${safeLine(e.title[lang])}  ${style.dim(`(${m.steps(e.steps.length)}, v${e.version}, ${where})`)}`;
    })
    .join("\n");
}

function conditionText(c: Condition, lang: Lang): string {
  const m = t(lang).exercises.condition;
  if ("linked" in c) return m.linked[c.linked];
  if ("unlinked" in c) return m.unlinked[c.unlinked];
  const parts = [
    c.equals !== undefined && `= ${JSON.stringify(c.equals)}`,
    c.in && `${m.in} ${JSON.stringify(c.in)}`,
    c.includes && `${m.includes} ${c.includes}`,
    c.answered !== undefined && (c.answered ? m.answered : m.notAnswered),
    c.atMost !== undefined && `≤ ${c.atMost}`,
    c.atLeast !== undefined && `≥ ${c.atLeast}`,
  ].filter(Boolean);
  return `${c.step} ${parts.join(", ")}`;
}

/** Where a step comes from, in words: the article's author or subject, or this tool's own method. */
function sourceText(ids: readonly string[], lang: Lang): string {
  const names = t(lang).exercises.sources;
  return ids.map((id) => names[id] ?? id).join("; ");
}

export function describeExercise(e: Exercise, lang: Lang): string {
  const m = t(lang).exercises;
  const lines = [style.bold(safeLine(e.title[lang])), style.dim(`${e.id} v${e.version} · ${t(lang).summary.kinds[e.phase]}`), "", e.intro[lang].trim(), ""];
  const quick = hasQuickForm(e.steps);
  e.steps.forEach((s, i) => {
    const form = !quick ? undefined : s.type === "rating" && s.focus ? m.focus(s.focus[lang]) : m.forms[s.form ?? "full"];
    const flags = [s.type, s.optional && m.optional, s.when && `${m.when} ${conditionText(s.when, lang)}`, form].filter(Boolean).join(", ");
    lines.push(`${String(i + 1).padStart(2)}. ${safeLine(s.prompt[lang])} ${style.dim(`[${s.id}: ${flags}]`)}`);
    if (s.type === "choice" || s.type === "multi") lines.push(...s.options.map((o) => style.dim(`      - ${o.id}: ${o.label[lang]}`)));
    if (s.type === "rating") lines.push(style.dim(`      ${s.min} = ${s.labels.min[lang]} … ${s.max} = ${s.labels.max[lang]}`));
    if (s.type === "rotating") lines.push(...s.pool.map((q) => style.dim(`      - ${q.prompt[lang]} (${m.source}: ${sourceText([q.source], lang)})`)));
    lines.push(style.dim(`      ${m.source}: ${sourceText(s.source, lang)}`));
  });
  return lines.join("\n");
}

/** The machine-readable shape of the steps that later tools and tests read. */
export function exerciseSteps(e: Exercise, lang: Lang) {
  return e.steps.map((s: Step) => ({
    id: s.id,
    type: s.type,
    required: !s.optional,
    prompt: s.prompt[lang],
    ...(s.when && { when: s.when }),
    form: s.form ?? "full",
    ...(s.type === "rating" && s.focus && { focus: s.focus[lang] }),
    ...((s.type === "choice" || s.type === "multi") && { options: s.options.map((o) => ({ id: o.id, label: o.label[lang], ...(o.value !== undefined && { value: o.value }) })) }),
    ...(s.type === "rating" && { min: s.min, max: s.max }),
    ...(s.type === "rotating" && { pool: s.pool.map((q) => q.id) }),
    source: s.source,
  }));
}
