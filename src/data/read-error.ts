import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { sizeText } from "../i18n/messages.js";
import { FileRefused, MAX_FILE_BYTES, readWhole } from "./read-whole.js";

/** A failed read of a file the user named or keeps (config, notes, an entry being changed), in their words. */
export function explainReadError(file: string, e: unknown): UserError {
  if (e instanceof FileRefused)
    return new UserError(e.kind === "too-large" ? t().errors.tooLarge(file, sizeText(e.maxBytes ?? MAX_FILE_BYTES)) : t().errors.notRegular(file));
  return new UserError(t().errors.unreadable(file, (e as NodeJS.ErrnoException).code ?? "error"));
}

/** A file's text, read as `readWhole` reads it; any failure is the user's error, in their words. */
export async function readUserText(file: string, maxBytes?: number): Promise<string> {
  try {
    return await readWhole(file, maxBytes);
  } catch (e) {
    throw explainReadError(file, e);
  }
}
