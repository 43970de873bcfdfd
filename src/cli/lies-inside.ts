import fs from "node:fs";
import path from "node:path";

/**
 * Where a path really leads: links and (on case-insensitive disks) letter case resolved. A file
 * that does not exist yet is placed in the real location of its nearest existing folder. A relative
 * path is taken from `cwd`, the folder the run was started in.
 */
export function realLocation(p: string, cwd: string): string {
  const abs = path.resolve(cwd, p);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realLocation(parent, cwd), path.basename(abs));
  }
}

/** Whether `file` lies in `dir` or is `dir`, by where both really lead (relative ones taken from `cwd`). */
export function liesInside(file: string, dir: string, cwd: string): boolean {
  const rel = path.relative(realLocation(dir, cwd), realLocation(file, cwd));
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
