import { checkbox, confirm, input, search, select, Separator } from "@inquirer/prompts";
import { UserError } from "../errors.js";
import { STEP } from "../exercises/conventions.js";
import type { Step } from "../exercises/schema.js";
import { customerKey } from "../journal/queries.js";
import { lang as currentLang, t } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { style } from "../render/style.js";
import { safeLine, wrap } from "../data/safe-text.js";
import { badDue } from "../session/action-text.js";
import { editText } from "../session/editor.js";
import type { ScratchStops } from "../session/scratch.js";
import type { Prompter, StepView } from "../session/prompter.js";

/** Where the prompts read keys and draw (the run's terminal), and what stops them. */
export interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  signal?: AbortSignal;
}
const OTHER = "\u0000other";
const EDITOR_COMMAND = /^:e(dit)?$/i;
/** "Select all" and "invert" make no sense for feelings. */
const NO_SHORTCUTS = { all: null, invert: null };

/** The prompts' own key hints, in the run's language; `extra` adds keys the caller handles. */
function theme(lang: Lang, extra: [string, string][] = []) {
  const words = t(lang).session.keys as Record<string, string | undefined>;
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        [...keys, ...extra].map(([key, action]) => `${style.bold(words[key] ?? key)} ${style.dim(words[action] ?? action)}`).join(style.dim(" • ")),
    },
  };
}

/** Yes and no in the run's language: the hint shows j/N in Dutch, and "ja" and "nee" are accepted. */
function yesNoTheme(lang: Lang) {
  const { yes, no, error } = t(lang).session.yesNo;
  return { keywords: { yes, no, error: () => error } };
}

/** "Required" in the run's language (the prompt library's own message is English only). */
const needText = (lang: Lang, required: boolean) => (value: string) => !required || value.trim() !== "" || t(lang).session.needAnswer;
const needPick = (lang: Lang, required: boolean) => (picked: readonly unknown[]) => !required || picked.length > 0 || t(lang).session.needPick;

/**
 * Asks each step in a terminal with the Inquirer prompts. Every prompt validates as the user types,
 * so the engine never sees an answer of the wrong shape from here.
 */
export class InteractivePrompter implements Prompter {
  constructor(
    private readonly scratchDir: string,
    private readonly ctx: PromptContext,
    private readonly write: (line: string) => void,
    /** The environment the editor (`:e`) is chosen from and runs in. */
    private readonly env: NodeJS.ProcessEnv,
    /** Where the editor's scratch copy learns of the run's end (the flow itself handles signals). */
    private readonly stops: ScratchStops,
  ) {}

  async ask(view: StepView): Promise<unknown> {
    const m = t(view.lang).session;
    this.write("");
    const tip = view.step.type === "longtext" ? t(view.lang).session.editorTip : undefined;
    const hint = [view.hint, tip].filter(Boolean).join(" ");
    if (hint) this.write(style.dim(wrap(hint, 78).replace(/^/gm, "  ")));
    if (view.expected !== undefined) this.write(style.cyan(`  ${m.expected(safeLine(view.expected))}`));
    const message = `${style.dim(`${view.index}/${view.total}`)} ${view.question}`;
    const s = view.step;
    switch (s.type) {
      case "text":
      case "rotating":
      case "longtext":
        return this.text(message, s, view);
      case "choice":
        return select(
          { message, choices: [...s.options.map((o) => ({ value: o.id, name: o.label[view.lang] })), ...this.skip(s, view)], theme: theme(view.lang) },
          this.ctx,
        );
      case "multi":
        return checkbox(
          {
            message,
            choices: s.options.map((o) => ({ value: o.id, name: o.label[view.lang] })),
            validate: needPick(view.lang, !s.optional),
            shortcuts: NO_SHORTCUTS,
            theme: theme(view.lang),
          },
          this.ctx,
        );
      case "rating":
        return select({ message, choices: [...ratingChoices(s, view), ...this.skip(s, view)], theme: theme(view.lang) }, this.ctx);
      case "confirm":
        // No: a hurried Enter must not record "asked for feedback" or flag a call for the coach.
        return confirm({ message, default: false, theme: yesNoTheme(view.lang) }, this.ctx);
      case "list":
        return this.list(message, s, view);
      case "emotions":
      case "needs":
        return this.menu(message, s, view);
    }
  }

  private skip(s: Step, view: StepView) {
    return s.optional ? [{ value: undefined, name: style.dim(t(view.lang).session.skip) }] : [];
  }

  /** A typed answer, or `:e` to write it in the editor (offered for long texts, accepted for all). */
  private async text(message: string, s: Step, view: StepView): Promise<string | undefined> {
    const typed = await input({ message, validate: needText(view.lang, !s.optional) }, this.ctx);
    if (!EDITOR_COMMAND.test(typed.trim())) return typed;
    let written: string;
    try {
      written = await editText(this.scratchDir, "", this.env, this.stops);
    } catch (e) {
      // An editor that fails is no reason to end the flow: the answer can still be typed.
      if (!(e instanceof UserError)) throw e;
      this.write(style.yellow(`  ${e.message}`));
      return this.text(message, s, view);
    }
    this.write(style.dim(`  ${safeLine(written).slice(0, 70)}${written.length > 70 ? "…" : ""}`));
    return written || (s.optional ? undefined : this.text(message, s, view));
  }

  private async list(message: string, s: Step, view: StepView) {
    const m = t(view.lang).session;
    const items: string[] = [];
    for (;;) {
      const required = needText(view.lang, items.length === 0 && !s.optional);
      // An action's due date is checked as it is typed: "@friday" would otherwise stay part of the text.
      const validate = (value: string) => {
        const due = s.id === STEP.actions ? badDue(value) : undefined;
        return due ? m.badDue(due) : required(value);
      };
      const item = await input({ message: `${message} ${style.dim(m.listItem(items.length + 1))}`, validate }, this.ctx);
      if (!item.trim()) return items;
      items.push(item.trim());
    }
  }

  private async menu(message: string, s: Step, view: StepView) {
    const m = t(view.lang).session;
    const choices: (Separator | { value: string; name: string })[] = [];
    let group = "";
    for (const item of view.menu ?? []) {
      if (item.group.id !== group) {
        group = item.group.id;
        choices.push(new Separator(style.dim(`— ${item.group.label[view.lang]}`)));
      }
      choices.push({ value: item.id, name: item.label[view.lang] });
    }
    choices.push(new Separator(" "), { value: OTHER, name: m.other });
    const picked = await checkbox(
      { message, choices, pageSize: 14, validate: needPick(view.lang, !s.optional), loop: false, shortcuts: NO_SHORTCUTS, theme: theme(view.lang) },
      this.ctx,
    );
    const result = picked.filter((p) => p !== OTHER);
    if (picked.includes(OTHER)) {
      const words = await input({ message: m.otherWords, validate: needText(view.lang, result.length === 0 && !s.optional) }, this.ctx);
      result.push(...words.split(/[,;]/).map((w) => w.trim()).filter(Boolean));
    }
    return result;
  }
}

function ratingChoices(s: Extract<Step, { type: "rating" }>, view: StepView) {
  const choices = [];
  for (let v = s.min; v <= s.max; v++) {
    const label = v === s.min ? s.labels.min[view.lang] : v === s.max ? s.labels.max[view.lang] : "";
    choices.push({ value: v, name: label ? `${v}  ${style.dim(label)}` : String(v) });
  }
  return choices;
}

/** The questions a flow asks around an exercise: which customer, which prep, resume a draft. */
export class FlowQuestions {
  constructor(private readonly ctx: PromptContext) {}

  async customer(known: readonly string[], lang: StepView["lang"]): Promise<string> {
    const m = t(lang).session;
    // Said before the picker: the list alone makes it look as if only known names can be chosen.
    if (known.length > 0) this.ctx.output.write(`${style.dim(m.customerHint)}\n`);
    if (known.length === 0) return (await input({ message: m.customer, validate: needText(lang, true) }, this.ctx)).trim();
    const chosen = await search<string>(
      {
        message: m.customer,
        theme: theme(lang),
        source: (term) => {
          const typed = (term ?? "").trim();
          const hits = known.filter((k) => customerKey(k).includes(customerKey(typed))).slice(0, 8);
          const exact = hits.some((h) => customerKey(h) === customerKey(typed));
          // Known customers first: Enter on a typed prefix picks the customer, not a new one.
          return [
            ...hits.map((h) => ({ value: h, name: safeLine(h) })),
            ...(typed && !exact ? [{ value: typed, name: m.newCustomer(typed) }] : []),
          ];
        },
      },
      this.ctx,
    );
    return chosen.trim();
  }

  async pick<T>(message: string, choices: { value: T; name: string }[]): Promise<T> {
    return select<T>({ message, choices, theme: theme(currentLang()) }, this.ctx);
  }

  /** A menu that Escape leaves (undefined), its cursor starting on `start`. */
  async menu<T>(message: string, choices: { value: T; name: string }[], start: T): Promise<T | undefined> {
    const leave = new AbortController();
    const onKey = (_: unknown, key?: { name?: string }) => key?.name === "escape" && leave.abort();
    this.ctx.input.on("keypress", onKey);
    try {
      const { input, output } = this.ctx;
      return await select<T>({ message, choices, default: start, pageSize: choices.length, theme: theme(currentLang(), [["esc", "escape"]]) }, { input, output, signal: leave.signal });
    } catch (e) {
      if (leave.signal.aborted) return undefined;
      throw e;
    } finally {
      this.ctx.input.removeListener("keypress", onKey);
    }
  }

  async yes(message: string, fallback = true): Promise<boolean> {
    return confirm({ message, default: fallback, theme: yesNoTheme(currentLang()) }, this.ctx);
  }
}
