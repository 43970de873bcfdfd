import type { OutStream } from "./runtime.js";

/**
 * A progress line on stderr for slow reads: silent for the first second (a warm read never shows
 * it), then `reading journal… 4000/10000`, updated in place and cleared at the end. Only on a
 * terminal, so pipes and logs stay clean.
 */
export function progressLine(label: string, stream: OutStream) {
  const started = Date.now();
  let shown = false;
  return {
    /** `now` replaces the label: one line can follow several reads (a team's journals). */
    update(done: number, total: number, now = label) {
      if (!stream.isTTY || Date.now() - started < 1000) return;
      shown = true;
      stream.write(`\r${now} ${done}/${total}\u001b[K`);
    },
    end() {
      if (shown) stream.write("\r\u001b[K");
    },
  };
}
