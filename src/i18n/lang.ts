/**
 * The two languages the tool speaks: the one owner of their names. Kept free of zod so that nudge
 * need not load it; the schemas take `LangSchema` of exercises/schema.ts, the zod enum of these.
 */
export const LANGS = ["nl", "en"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(v: unknown): v is Lang {
  return (LANGS as readonly unknown[]).includes(v);
}

/** The locale's language when it is Dutch, English otherwise (the tool speaks only these two). */
export function langFromLocale(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^nl([_.-]|$)/i.test(locale ?? "") ? "nl" : "en";
}
