import fs from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";
import { CONFIG_KEYS, type Config, type ConfigKey } from "../../config/config.js";
import { ConfigSchema } from "../../config/config-schema.js";
import { writeFileAtomic } from "../../data/atomic-write.js";
import { parseYaml } from "../../data/parse-yaml.js";
import { UsageError, UserError } from "../../errors.js";
import { t } from "../../i18n/index.js";
import { CONFIG_FILE } from "../../paths.js";
import { safeLine } from "../../data/safe-text.js";
import type { Context } from "../context.js";
import { out } from "../output.js";
import type { ConfigGetOptions } from "../specs/config-get.js";
import type { ConfigSetOptions } from "../specs/config-set.js";

function checkKey(key: string): ConfigKey {
  if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw new UsageError(t().config.unknownKey(key, CONFIG_KEYS.join(", ")));
  return key as ConfigKey;
}

/** A setting as it is typed: `1,2,3,4,5` for the working days, plain text otherwise. */
function show(value: Config[ConfigKey]): string {
  return value === undefined ? "" : Array.isArray(value) ? value.join(",") : safeLine(String(value));
}

/** The value as the file holds it: numbers for numbers, a list for the working days. */
function typed(key: ConfigKey, value: string): unknown {
  if (key === "workdays") return value.split(/[\s,]+/).filter(Boolean).map((d) => (/^\d+$/.test(d) ? Number(d) : d));
  if (key === "streakGraceDays") return /^\d+$/.test(value.trim()) ? Number(value) : value;
  return value;
}

export async function configList(ctx: Context): Promise<void> {
  const width = Math.max(...CONFIG_KEYS.map((k) => k.length));
  out(ctx, CONFIG_KEYS.map((k) => `${k.padEnd(width)}  ${show(ctx.config[k])}`.trimEnd()).join("\n"));
}

export async function configGet(ctx: Context, { key }: ConfigGetOptions): Promise<void> {
  const value = ctx.config[checkKey(key)];
  if (value !== undefined) out(ctx, show(value));
}

/**
 * Changes one setting in the file (an empty value removes it), keeping its comments and the other settings, and saves it only
 * when the whole file passes the same check as when it is read.
 */
export async function configSet(ctx: Context, { key, value }: ConfigSetOptions): Promise<void> {
  const k = checkKey(key);
  const file = path.join(ctx.folders.config, CONFIG_FILE);
  const text = await fs.readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return "";
    throw new UserError(t().errors.unreadable(file, e.code ?? "error"));
  });
  // The file as it is was checked when the command started (the context loads it).
  const doc = parseDocument(text);
  // An empty value removes the setting: its default applies again.
  const clear = value.trim() === "";
  if (clear) doc.delete(k);
  else doc.set(k, typed(k, value));
  const updated = doc.toString({ lineWidth: 0 });
  const checked = parseYaml(updated, ConfigSchema, `config ${k}`);
  if (!checked.ok) throw new UsageError(t().config.badValue(k, safeLine(value), checked.problems[0]!.message));
  await writeFileAtomic(file, updated);
  out(ctx, clear ? t().config.cleared(k) : t().config.saved(k, show(checked.value[k])));
}
