import type { Phase } from "../exercises/phases.js";
import { safeLine } from "../data/safe-text.js";
import type { NotFound } from "../errors.js";

/** A name as a shell word, quoted when it needs to be. */
export const quote = (name: string) => (/^[\w.-]+$/.test(name) ? name : `"${name.replace(/(["\\$`])/g, "\\$1")}"`);

/** How to go on with a stopped flow: `empathy prep --resume --customer Acme`. */
export const resumeCommand = (kind: Phase, customer?: string) => `empathy ${kind} --resume${customer ? ` --customer ${quote(safeLine(customer))}` : ""}`;

const LISTS: Record<NotFound["what"], string> = { entry: "list", action: "actions --all", trashed: "restore --list" };

/** The command that lists the ids an unknown id was looked for among: `empathy list`. */
export const idsCommand = (e: NotFound) => `empathy ${e.journal !== undefined ? `--journal ${safeLine(e.journal)} ` : ""}${LISTS[e.what]}`;
