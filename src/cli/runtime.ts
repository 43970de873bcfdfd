/** The streams a run reads and writes: a terminal's, a pipe's, or a test's in-memory ones. */
export interface InStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

export interface OutStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

/** The names a run listens for: the signals that stop a flow, the end of the event loop, and of the process. */
export type StopSignal = "SIGINT" | "SIGTERM" | "SIGHUP" | "beforeExit" | "exit";

/**
 * Everything a run takes from the world around it. The launcher binds the real process; a test
 * binds in-memory streams, its own environment, folder and clock, and may raise a signal itself.
 */
export interface Runtime {
  stdin: InStream;
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  /** The folder relative paths on the command line are taken from. */
  cwd: string;
  clock: () => Date;
  /** Listens for `name` until the returned function is called. */
  onSignal: (name: StopSignal, handler: () => void) => () => void;
  /** Ends the run at once with `code`, where waiting for the work in hand cannot be (a signal). */
  exit: (code: number) => void;
  /**
   * Whether the run is the whole process: only then does it size V8's heap for a journal's read,
   * as those flags hold for everything else the process runs (a test's many runs share one).
   */
  ownsProcess?: boolean;
}

/** Lines no wider than the terminal, and never wider than 80. */
export function lineWidth(rt: Pick<Runtime, "stdout">): number {
  return Math.min(rt.stdout.columns || 80, 80);
}

/** `rt` with more fields, its getters kept as such (a spread would read them, and make stdin). */
export function withRuntime<T extends object>(rt: Runtime, more: T): Runtime & T {
  return Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(rt)) as Runtime, more);
}
