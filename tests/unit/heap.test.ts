import { EventEmitter } from "node:events";
import v8 from "node:v8";
import type { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";

/** A fresh copy of the module: whether a run keeps its heap small is the module's own state. */
async function freshHeap() {
  vi.resetModules();
  return import("../../src/data/heap.js");
}

afterEach(() => vi.restoreAllMocks());

describe("the heap settings of a run", () => {
  it("touch nothing in a process that did not ask for a small young generation", async () => {
    const heap = await freshHeap();
    const flags = vi.spyOn(v8, "setFlagsFromString").mockImplementation(() => {});
    const worker = new EventEmitter();
    heap.collectOftenWhileParsing(false);
    heap.keepYoungGenerationSmallPast(worker as unknown as Worker);
    worker.emit("online");
    expect(flags).not.toHaveBeenCalled();
  });

  it("give the young generation's flags again once a worker runs, and collect often while parsing", async () => {
    const heap = await freshHeap();
    const flags = vi.spyOn(v8, "setFlagsFromString").mockImplementation(() => {});
    heap.keepYoungGenerationSmall();
    expect(flags.mock.calls.flat()).toEqual(["--max-semi-space-size=2", "--semi-space-growth-factor=1"]);
    flags.mockClear();
    const worker = new EventEmitter();
    heap.keepYoungGenerationSmallPast(worker as unknown as Worker);
    expect(flags).not.toHaveBeenCalled();
    worker.emit("online");
    worker.emit("online");
    // Once: a thread's heap is started once.
    expect(flags.mock.calls.flat()).toEqual(["--max-semi-space-size=2", "--semi-space-growth-factor=1"]);
    flags.mockClear();
    heap.collectOftenWhileParsing(false);
    expect(flags.mock.calls.flat()).toEqual(["--heap-growing-percent=30", "--optimize-for-size"]);
    flags.mockClear();
    // Encrypted files to open: their buffers cost too much under --optimize-for-size.
    heap.collectOftenWhileParsing(true);
    expect(flags.mock.calls.flat()).toEqual(["--heap-growing-percent=30"]);
  });
});
