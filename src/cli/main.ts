import type { Runtime } from "./runtime.js";
import { version } from "./version.js";

/**
 * The real process: its streams, environment, folder, clock and signals. Standard input is made
 * when first read: Node builds a stream for it then (on a pipe, a socket), which a report written
 * to a pipe never reads.
 */
function processRuntime(io: Partial<Runtime>): Runtime {
  return {
    get stdin() {
      return io.stdin ?? process.stdin;
    },
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
    clock: io.clock ?? (() => new Date()),
    onSignal:
      io.onSignal ??
      ((name, handler) => {
        process.on(name, handler);
        return () => process.removeListener(name, handler);
      }),
    exit: io.exit ?? ((code) => process.exit(code)),
    // The process's own output: the launcher's run, not one a test drives through streams of its own.
    ownsProcess: io.ownsProcess ?? io.stdout === undefined,
  };
}

/**
 * The one place that binds a run to the world: what \`io\` leaves out is the real process's. The
 * exit code is returned, for the launcher (or a test) to use.
 */
export async function main(argv: string[], io: Partial<Runtime> = {}): Promise<number> {
  const rt = processRuntime(io);
  // The version alone needs neither the option parser nor any message; nor does `nudge` alone,
  // as a shell's start-up file runs it at every new terminal (its environment names the journal),
  // nor the home screen, with no words to parse.
  if (argv.length === 3 && (argv[2] === "--version" || argv[2] === "-V")) {
    rt.stdout.write(`${version()}\n`);
    return 0;
  }
  if (argv.length === 3 && argv[2] === "nudge") {
    await (await import("./commands/nudge.js")).nudge({ rt, globals: {} });
    return 0;
  }
  if (argv.length === 2) return (await import("./home-alone.js")).homeAlone(rt);
  return (await import("./program.js")).runProgram(argv, rt);
}
