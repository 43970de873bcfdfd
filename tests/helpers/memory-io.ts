import { Readable, Writable } from "node:stream";
import type { Runtime, StopSignal } from "../../src/cli/runtime.js";

/** A stream that keeps what is written to it. */
export class Collected extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface MemoryIo {
  rt: Runtime;
  stdout: Collected;
  stderr: Collected;
  /** Raises a signal the run listens for, as the process would receive it. */
  raise(name: StopSignal): void;
  /** How many listeners the run left registered. */
  listening(): number;
  /** The codes the run asked to end with at once. */
  exits: number[];
}

/** A runtime on in-memory streams: `input` is all of stdin, and nothing is a terminal. */
export function memoryIo(opts: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string; now?: Date } = {}): MemoryIo {
  const stdout = new Collected();
  const stderr = new Collected();
  const listeners = new Map<StopSignal, Set<() => void>>();
  const exits: number[] = [];
  const rt: Runtime = {
    stdin: Readable.from(opts.input ? [Buffer.from(opts.input)] : []),
    stdout,
    stderr,
    env: { ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    clock: opts.now ? () => new Date(opts.now!) : () => new Date(),
    onSignal(name, handler) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set.add(handler));
      return () => set.delete(handler);
    },
    exit: (code) => void exits.push(code),
  };
  return {
    rt,
    stdout,
    stderr,
    raise: (name) => listeners.get(name)?.forEach((h) => h()),
    exits,
    listening: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}
