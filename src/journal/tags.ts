/** A tag as entries keep it: one word of letters and digits, `-` and `_` inside, in lower case. */
export const TAG = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}_-]*$/u;

/** A tag as typed (`#Pricing`, ` pricing `) in the form entries keep it. */
export function normalTag(typed: string): string {
  return typed.trim().replace(/^#/, "").toLowerCase();
}
