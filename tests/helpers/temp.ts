import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The folders made by the test file now running, removed when it ends (see tests/setup.ts). */
const made: string[] = [];

/**
 * A fresh folder in the system's temporary folder. The tests make hundreds of journals, caches
 * and configs; a machine that runs the suite keeps none of them.
 */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      /* a folder a test made unreadable, without root's rights: left to the system */
    }
  }
}
