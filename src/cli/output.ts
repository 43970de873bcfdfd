import { safeJson } from "../data/safe-text.js";
import type { Runtime } from "./runtime.js";

type Streams = Pick<Runtime, "stdout" | "stderr">;

/** Everything the commands print goes through here, so a test or a pipe sees one stream each. */
export function out(io: Streams, text: string): void {
  io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

export function err(io: Streams, text: string): void {
  io.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
}

export function outJson(io: Streams, value: unknown): void {
  out(io, safeJson(JSON.stringify(value, null, 2)));
}
