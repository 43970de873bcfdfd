/**
 * Headless Chromium for end-to-end tests of the HTML report, driven by playwright-core (which
 * never downloads a browser: it drives the system's Chromium, Debian's `chromium` package).
 */
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.EMPATHY_CHROMIUM ?? "/usr/bin/chromium";

/** Whether the system browser is there. */
export const hasChromium = fs.existsSync(CHROMIUM);

/** On CI a missing browser is a failure, elsewhere a reason to skip. */
export const onCI = Boolean(process.env.CI) && !["0", "false"].includes(String(process.env.CI).toLowerCase());

export const MISSING_CHROMIUM =
  `Chromium was not found at ${CHROMIUM}: the browser test needs it. Install it with ` +
  "`apt-get update && apt-get install -y chromium` (Debian), or point EMPATHY_CHROMIUM at a Chromium binary.";

/** Flags that keep the browser quiet: no sandbox (root in a container), no network of its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  if (!hasChromium) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 });
}
