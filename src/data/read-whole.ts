import fs from "node:fs";

/**
 * A file's whole text, read by one background request where its size allows. `fs.readFile` reads
 * in 512 KiB steps that each wait for the main thread, so a large file would hardly advance while
 * the caller does synchronous work; opening and sizing it synchronously costs microseconds.
 */
export async function readWhole(file: string): Promise<string> {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const bytesRead = await new Promise<number>((resolve, reject) =>
        fs.read(fd, buf, at, size - at, at, (e, n) => (e ? reject(e) : resolve(n))),
      );
      if (bytesRead === 0) break; // shrank while we read: what is there is what we have
      at += bytesRead;
    }
    return buf.toString("utf8", 0, at);
  } finally {
    fs.closeSync(fd);
  }
}
