import type { Phase } from "../exercises/phases.js";
import { safeLine } from "../data/safe-text.js";

/** A name as a shell word, quoted when it needs to be. */
export const quote = (name: string) => (/^[\w.-]+$/.test(name) ? name : `"${name.replace(/(["\\$`])/g, "\\$1")}"`);

/** How to go on with a stopped flow: `empathy prep --resume --customer Acme`. */
export const resumeCommand = (kind: Phase, customer?: string) => `empathy ${kind} --resume${customer ? ` --customer ${quote(safeLine(customer))}` : ""}`;
