export type Lang = "nl" | "en";

export function isLang(v: unknown): v is Lang {
  return v === "nl" || v === "en";
}

/** The locale's language when it is Dutch, English otherwise (the tool speaks only these two). */
export function langFromLocale(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^nl([_.-]|$)/i.test(locale ?? "") ? "nl" : "en";
}
