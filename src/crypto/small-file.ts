import fs from "node:fs/promises";
import { constants } from "node:fs";

/**
 * A small file's bytes (keys, recipients), read through one handle that follows no link and
 * refuses anything larger than `limit`: such files are a few lines long, a hostile one may not be.
 * `undefined` when there is no file.
 */
export async function readSmallFile(file: string, limit = 64 * 1024): Promise<Buffer | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  try {
    const st = await handle.stat();
    if (!st.isFile() || st.size > limit) throw Object.assign(new Error("too large"), { code: "EFBIG", path: file });
    const buf = Buffer.alloc(st.size);
    const { bytesRead } = await handle.read(buf, 0, st.size, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
