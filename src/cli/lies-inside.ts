import fs from "node:fs";
import path from "node:path";

/**
 * Where a path really leads: links and (on case-insensitive disks) letter case resolved. A file
 * that does not exist yet is placed in the real location of its nearest existing folder.
 */
export function realLocation(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realLocation(parent), path.basename(abs));
  }
}

/** Whether `file` lies in `dir` or is `dir`, by where both really lead. */
export function liesInside(file: string, dir: string): boolean {
  const rel = path.relative(realLocation(dir), realLocation(file));
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
