import fs from "node:fs";
import { t } from "../i18n/index.js";

/** No file the tool reads (entry, draft, config, notes, exercise, cache) needs more by default. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Why a file was not read although it could be opened: nothing of it was read. */
export class FileRefused extends Error {
  constructor(
    readonly file: string,
    readonly kind: "link" | "not-regular" | "too-large",
    readonly size?: number,
    readonly maxBytes?: number,
  ) {
    super(`${file}: ${kind}`);
    this.name = "FileRefused";
    /** Also as a code, for callers that report any failure by its code. */
    this.code = kind === "link" ? "ELOOP" : kind === "too-large" ? "EFBIG" : "ENOTREG";
  }
  readonly code: string;
}

/** In the run's words, for file-health reasons and error lines. */
export function refusalReason(e: FileRefused): string {
  const m = t().reasons;
  if (e.kind === "link") return m.link;
  if (e.kind === "not-regular") return m.notRegular;
  return m.tooLarge(e.size ?? 0, e.maxBytes ?? MAX_FILE_BYTES);
}

/*
 * Opened once, without following a link (O_NOFOLLOW) and without waiting for a writer (O_NONBLOCK:
 * a FIFO opens at once), then judged on the open descriptor: what is checked is what is read, with
 * no gap in which the path could be switched to a FIFO, a device or a link.
 */
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

function open(file: string): number {
  try {
    return fs.openSync(file, FLAGS);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ELOOP" && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink())
      throw new FileRefused(file, "link");
    throw e;
  }
}

function sizeOf(fd: number, file: string, maxBytes: number): number {
  const st = fs.fstatSync(fd);
  if (!st.isFile()) throw new FileRefused(file, "not-regular");
  if (st.size > maxBytes) throw new FileRefused(file, "too-large", st.size, maxBytes);
  return st.size;
}

/**
 * A file's bytes, at most `maxBytes`; throws FileRefused for a link, a special file or a larger
 * file, and fs's own error otherwise (ENOENT, EACCES). The content is read by one background request
 * where its size allows: `fs.readFile` reads in 512 KiB steps that each wait for the main thread, so
 * a large file would hardly advance while the caller does synchronous work.
 */
export async function readBytes(file: string, maxBytes = MAX_FILE_BYTES): Promise<Buffer> {
  const fd = open(file);
  try {
    const size = sizeOf(fd, file, maxBytes);
    const buf = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const bytesRead = await new Promise<number>((resolve, reject) =>
        fs.read(fd, buf, at, size - at, at, (e, n) => (e ? reject(e) : resolve(n))),
      );
      if (bytesRead === 0) break; // shrank while we read: what is there is what we have
      at += bytesRead;
    }
    return buf.subarray(0, at);
  } finally {
    fs.closeSync(fd);
  }
}

/** The same, blocking: for worker threads, where waiting costs nothing. */
export function readBytesSync(file: string, maxBytes = MAX_FILE_BYTES): Buffer {
  const fd = open(file);
  try {
    const size = sizeOf(fd, file, maxBytes);
    const buf = Buffer.allocUnsafe(size);
    let at = 0;
    for (let n = 1; at < size && n > 0; at += n) n = fs.readSync(fd, buf, at, size - at, at);
    return buf.subarray(0, at);
  } finally {
    fs.closeSync(fd);
  }
}

/** A file's whole text (UTF-8), read as `readBytes` reads it. */
export async function readWhole(file: string, maxBytes = MAX_FILE_BYTES): Promise<string> {
  return (await readBytes(file, maxBytes)).toString("utf8");
}

