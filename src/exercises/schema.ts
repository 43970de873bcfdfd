import { z } from "zod";
import { LANGS } from "../i18n/lang.js";
import { PHASES } from "./phases.js";
import { formProblems } from "./forms.js";
// The schema's own messages are the catalogue's, so that they are shown in the run's language.
import { en } from "../i18n/messages.js";

const words = en.schema.custom;
const about = en.schema.about;

/** What a step's answer can be: text, an option id, a rating, yes/no, or a list of items. */
export const AnswerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** The zod enums of the phases and languages, whose names phases.ts and i18n/lang.ts own. */
export const PhaseSchema = z.enum(PHASES);
export const LangSchema = z.enum(LANGS);

/** Every user-visible string carries both languages, so a translation can never go missing. */
export const Bilingual = z.strictObject({
  nl: z.string().trim().min(1, words.nlEmpty),
  en: z.string().trim().min(1, words.enEmpty),
});
export type Bilingual = z.infer<typeof Bilingual>;

/** How much a run asks: the quick form by default, every step on demand. */
export const Depth = z.enum(["quick", "full"]);
export type Depth = z.infer<typeof Depth>;

/**
 * Where a step comes from: one of the four articles the content is written from, or `own` for
 * this tool's own method (see the README's sources).
 */
export const ArticleId = z.enum(["000", "001", "002", "004", "own"]);
export type ArticleId = z.infer<typeof ArticleId>;

const Slug = z.string().regex(/^[a-z][a-z0-9_]*$/, words.slug);
const AnswerScalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * When a step is asked. `step` conditions look at an earlier answer of the same run;
 * `linked: prep` holds only when the entry is linked to a prep (a debrief after a prepared call),
 * `linked: previous` only when there is an earlier entry of the same kind to look back on;
 * `unlinked` holds when that link is missing (a debrief asks what its prep would have told it).
 */
export const Condition = z.union([
  z.strictObject({
    step: Slug,
    equals: AnswerScalar.optional(),
    in: z.array(AnswerScalar).min(1).optional(),
    includes: z.string().optional(),
    answered: z.boolean().optional(),
    atMost: z.number().optional(),
    atLeast: z.number().optional(),
  }),
  z.strictObject({ linked: z.enum(["prep", "previous"]) }),
  z.strictObject({ unlinked: z.enum(["prep", "previous"]) }),
]);
export type Condition = z.infer<typeof Condition>;

const Option = z.strictObject({
  id: Slug,
  label: Bilingual,
  /** A number that analysis can use (the 0/1/2 accuracy score). */
  value: z.number().optional(),
});

/**
 * Another wording of a step for some answers of an earlier step: the non-verbal questions read
 * differently on the phone or in writing. When that step was not asked in this run, the linked
 * prep's answer to a step of the same id counts (the debrief takes the channel from its prep), so
 * the step need not be one of this exercise.
 */
const Adapt = z.strictObject({
  step: Slug,
  answers: z.record(Slug, z.strictObject({ prompt: Bilingual.optional(), hint: Bilingual.optional() })),
});

const stepBase = {
  id: Slug,
  prompt: Bilingual,
  hint: Bilingual.optional(),
  source: z.array(ArticleId).min(1, words.needSource),
  optional: z.boolean().default(false),
  when: Condition.optional(),
  /** Shows the linked prep's answer to this step beside the question ("you expected …"). */
  showPrep: Slug.optional(),
  /** Puts the previous entry's answer to this step before the question ("yesterday you meant to …"). */
  recall: Slug.optional(),
  /**
   * Which form asks the step: `full` (the default) only the full one, `both` the quick one too,
   * `quick` only the quick one. An exercise that marks no step for the quick form runs whole in both.
   */
  form: z.enum(["full", "both", "quick"]).optional(),
  adapt: Adapt.optional(),
};

const TextStep = z.strictObject({ ...stepBase, type: z.enum(["text", "longtext"]) });
const ChoiceStep = z.strictObject({
  ...stepBase,
  type: z.enum(["choice", "multi"]),
  options: z.array(Option).min(2, words.twoOptions),
});
const RatingStep = z
  .strictObject({
    ...stepBase,
    type: z.literal("rating"),
    min: z.number().int(),
    max: z.number().int(),
    labels: z.strictObject({ min: Bilingual, max: Bilingual }),
    /** Advice shown when this is the weakest skill in a summary. */
    tip: Bilingual.optional(),
    /**
     * Marks a listening skill the quick form practises one at a time: it asks only the skill that
     * needs it most (the focus), named with these words ("Today, practise: …").
     */
    focus: Bilingual.optional(),
  })
  .refine((s) => s.max > s.min, { message: words.maxOverMin, path: ["max"] });
const PlainStep = z.strictObject({ ...stepBase, type: z.enum(["confirm", "list"]) });
const MenuStep = z.strictObject({ ...stepBase, type: z.enum(["emotions", "needs"]) });
/** One question picked from a pool by the date, so the same day always asks the same one. */
const RotatingStep = z.strictObject({
  ...stepBase,
  type: z.literal("rotating"),
  pool: z
    .array(z.strictObject({ id: Slug, prompt: Bilingual, source: ArticleId }))
    .min(2, words.twoQuestions),
});

// Discriminated by `type`, so an error points into the step's own fields, not at "invalid input".
export const Step = z.discriminatedUnion("type", [TextStep, ChoiceStep, RatingStep, PlainStep, MenuStep, RotatingStep]);
export type Step = z.infer<typeof Step>;

export const Exercise = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, words.exerciseId),
    version: z.number().int().positive(),
    phase: PhaseSchema,
    title: Bilingual,
    intro: Bilingual,
    source: z.array(ArticleId).min(1),
    steps: z.array(Step).min(1),
  })
  .superRefine((ex, ctx) => {
    const seen = new Set<string>();
    ex.steps.forEach((step, i) => {
      if (seen.has(step.id)) {
        ctx.addIssue({ code: "custom", message: about.stepTwice(step.id), path: ["steps", i, "id"] });
      }
      const ref = step.when && "step" in step.when ? step.when.step : undefined;
      if (ref !== undefined && !seen.has(ref)) {
        ctx.addIssue({ code: "custom", message: about.notEarlier(ref), path: ["steps", i, "when", "step"] });
      }
      seen.add(step.id);
    });
    for (const p of formProblems(ex.steps)) {
      const path = ["steps", p.index, ...p.path];
      ctx.addIssue({ code: "custom", message: "ref" in p ? about[p.problem](p.ref) : words.focusQuick, path });
    }
  });
export type Exercise = z.infer<typeof Exercise>;

export const MenuItem = z.strictObject({ id: Slug, label: Bilingual });
export const EmotionItem = z.strictObject({
  id: Slug,
  label: Bilingual,
  /** Per emotion, not per family: trust and distrust share a family but not a tone. */
  tone: z.enum(["pleasant", "unpleasant"]),
});
export const EmotionFamily = z.strictObject({ id: Slug, label: Bilingual, emotions: z.array(EmotionItem).min(1) });
export const EmotionMenu = z.strictObject({ families: z.array(EmotionFamily).min(1) });
export type EmotionMenu = z.infer<typeof EmotionMenu>;
export const NeedsMenu = z.strictObject({
  groups: z.array(z.strictObject({ id: Slug, label: Bilingual, needs: z.array(MenuItem).min(1) })).min(1),
});
export type NeedsMenu = z.infer<typeof NeedsMenu>;
