import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { progressLine } from "../../src/cli/progress.js";
import { writeEntries } from "../../src/demo/write.js";
import { readTrainees } from "../../src/review/review.js";
import { daily } from "../helpers/entries.js";
import { tempDir } from "../helpers/temp.js";

afterEach(() => vi.useRealTimers());

/** A stderr that keeps what is written to it: a terminal unless `isTTY` is false. */
function fakeTerminal(isTTY = true) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
}

describe("progress on stderr", () => {
  it("stays silent for a second, then shows the label given with each update, and clears itself", () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 24, 9) });
    const { stream, written } = fakeTerminal();
    const p = progressLine("reading journal…", stream);
    p.update(100, 1000);
    expect(written).toEqual([]);
    vi.setSystemTime(new Date(2026, 10, 24, 9, 0, 2));
    p.update(400, 1000);
    p.update(10, 2000, "reading anna's journal (2 of 3)…");
    p.end();
    expect(written).toEqual(["\rreading journal… 400/1000\u001b[K", "\rreading anna's journal (2 of 3)… 10/2000\u001b[K", "\r\u001b[K"]);
  });

  it("is not shown where stderr is no terminal", () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 24, 9) });
    const { stream, written } = fakeTerminal(false);
    const p = progressLine("reading journal…", stream);
    vi.setSystemTime(new Date(2026, 10, 24, 9, 0, 5));
    p.update(400, 1000);
    p.end();
    expect(written).toEqual([]);
  });

  it("is reported by a review's reading for each trainee", async () => {
    const team = tempDir("progress-team-");
    const trainees = [];
    for (const name of ["anna", "bram"]) {
      const dir = path.join(team, name);
      // Three batches of files (progress is reported after each), few enough for one thread.
      await writeEntries(dir, Array.from({ length: 300 }, (_, i) => daily(`2026-0${1 + (i % 9)}-1${i % 10}`)));
      trainees.push({ name, dir });
    }
    const seen: [number, number, number][] = [];
    await readTrainees(trainees, { dataDir: path.join(team, ".data") }, (t, done, total) => seen.push([t, done, total]));
    // Two trainees are read side by side: their reports may come in either order.
    expect(seen.sort((a, b) => a[0] - b[0])).toEqual([
      [0, 100, 300],
      [0, 200, 300],
      [0, 300, 300],
      [1, 100, 300],
      [1, 200, 300],
      [1, 300, 300],
    ]);
  });
});
