import fs from "node:fs";
import path from "node:path";
import pty, { type IPty } from "@lydell/node-pty";
import { afterEach } from "vitest";
import { BIN, ROOT } from "./cli.js";
import { tempDir } from "./temp.js";

/** Removes terminal escape sequences (colours, cursor moves, erase, OSC titles) from output. */
export function stripAnsi(text: string): string {
  return text
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, "") // OSC … BEL / ST
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, "") // CSI (colours, cursor, erase)
    .replace(/\x1b[PX^_][^\x1b]*\x1b\\/g, "") // DCS, SOS, PM, APC
    .replace(/\x1b[()*+][0-9A-Za-z]/g, "") // charset designations
    .replace(/\x1b[@-Z\\-_=>78]/g, "") // other two-byte escapes
    .replace(/\x9b[0-?]*[ -/]*[@-~]/g, ""); // 8-bit CSI
}

export const KEYS = {
  enter: "\r",
  space: " ",
  down: "\x1b[B",
  up: "\x1b[A",
  "ctrl-c": "\x03",
  "ctrl-d": "\x04",
  "ctrl-u": "\x15",
  escape: "\x1b",
} as const;
export type Key = keyof typeof KEYS;

export interface PtyExit {
  code: number;
  signal: number | undefined;
}

export interface PtyOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  cols?: number;
  rows?: number;
}

/** The env of a test run: a fresh journal, config and cache folder each, a UTF-8 English terminal. */
export function ptyHome(): { dir: string; journal: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir("empathy-pty-");
  const journal = fs.mkdtempSync(path.join(dir, "journal-"));
  const config = fs.mkdtempSync(path.join(dir, "config-"));
  const cache = fs.mkdtempSync(path.join(dir, "cache-"));
  return {
    dir,
    journal,
    env: {
      EMPATHY_JOURNAL: journal,
      XDG_CONFIG_HOME: config,
      XDG_CACHE_HOME: cache,
      XDG_DATA_HOME: path.join(dir, "data"),
      LANG: "en_US.UTF-8",
      TERM: "xterm-256color",
    },
  };
}

/**
 * The built CLI in a real pseudo-terminal. Output accumulates; `waitFor` searches the text with
 * escape codes stripped, from where the previous match ended (like `expect`), so a prompt that
 * Inquirer redraws on every keystroke does not satisfy a later wait by accident.
 *
 * Keys are sent at once, without pauses: a prompt handles each key and redraws before it reads the
 * next, so keys sent together within one prompt act as if typed one by one. What a test must wait
 * for is the next prompt, after a key that ends one: keys sent before it is drawn go to no prompt.
 * So a test waits for the question (or the text it expects) before it types, never for a time.
 */
export class PtySession {
  private readonly proc: IPty;
  private raw = "";
  private cursor = 0;
  private exited: PtyExit | undefined;
  private readonly waiters = new Set<() => void>();
  /** Keys sent so far: every character typed and every key pressed counts one. */
  keystrokes = 0;
  readonly exit: Promise<number>;
  /** The exit code and, if the process died of a signal, its number. */
  readonly exitInfo: Promise<PtyExit>;

  constructor(args: string[], opts: PtyOptions = {}) {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env })) {
      if (v !== undefined) env[k] = v;
    }
    this.proc = pty.spawn(process.execPath, [BIN, ...args], {
      name: env.TERM ?? "xterm-256color",
      cols: opts.cols ?? 100,
      rows: opts.rows ?? 40,
      cwd: opts.cwd ?? ROOT,
      env,
    });
    this.proc.onData((d) => {
      this.raw += d;
      this.notify();
    });
    this.exitInfo = new Promise((resolve) => {
      this.proc.onExit(({ exitCode, signal }) => {
        this.exited = { code: exitCode, signal: signal || undefined };
        resolve(this.exited);
        this.notify();
      });
    });
    this.exit = this.exitInfo.then((e) => e.code);
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Everything printed so far (stdout and stderr share the terminal), escape codes stripped. */
  get screen(): string {
    return stripAnsi(this.raw);
  }

  /** The raw bytes printed so far. */
  get output(): string {
    return this.raw;
  }

  /** The stripped text printed after the last `waitFor` match. */
  get rest(): string {
    return this.screen.slice(this.cursor);
  }

  /**
   * Resolves with the matched text once `pattern` shows up after the previous match; rejects after
   * `timeout` ms, or when the process ends without printing it, with the recent screen in the message.
   */
  waitFor(pattern: string | RegExp, timeout = 10_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const text = this.screen;
        const from = this.cursor;
        let at = -1;
        let matched = "";
        if (typeof pattern === "string") {
          at = text.indexOf(pattern, from);
          matched = pattern;
        } else {
          const re = new RegExp(pattern.source, pattern.flags.replace("g", ""));
          const m = re.exec(text.slice(from));
          if (m) {
            at = from + m.index;
            matched = m[0];
          }
        }
        if (at < 0) return false;
        this.cursor = at + matched.length;
        finish();
        resolve(matched);
        return true;
      };
      const onChange = () => {
        if (check()) return;
        if (this.exited) {
          finish();
          reject(new Error(`process exited (code ${this.exited.code}) before ${String(pattern)} appeared.\n${this.tail()}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeout} ms waiting for ${String(pattern)}.\n${this.tail()}`));
      }, timeout);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(onChange);
      };
      this.waiters.add(onChange);
      onChange();
    });
  }

  private tail(): string {
    const rest = this.screen.slice(this.cursor);
    return `--- screen after the last match (${rest.length} chars, last 2000 shown) ---\n${rest.slice(-2000)}`;
  }

  /** Types text. */
  async type(text: string): Promise<void> {
    this.proc.write(text);
    this.keystrokes += Array.from(text).length;
  }

  /** Presses a key (enter, space, down, up, ctrl-c), `times` times. */
  async press(key: Key, times = 1): Promise<void> {
    this.proc.write(KEYS[key].repeat(times));
    this.keystrokes += times;
  }

  /** Types a line and presses enter. */
  async line(text: string): Promise<void> {
    await this.type(text);
    await this.press("enter");
  }

  /** Sends a signal, as a closing terminal (SIGHUP) or a system shutdown (SIGTERM) would. */
  signal(name: "SIGTERM" | "SIGHUP"): void {
    this.proc.kill(name);
  }

  /** Ends the process if it still runs; safe to call more than once. */
  kill(): void {
    if (this.exited) return;
    try {
      this.proc.kill("SIGKILL");
    } catch {
      // already gone
    }
  }
}

export function spawnCli(args: string[], opts: PtyOptions = {}): PtySession {
  return new PtySession(args, opts);
}

/**
 * For a test file: fresh homes and CLI sessions in a 100×40 terminal, every session ended and
 * every home removed after each test.
 */
export function ptyTests(): { home: () => ReturnType<typeof ptyHome>; start: (args: string[], env: NodeJS.ProcessEnv, cwd?: string) => PtySession } {
  const sessions: PtySession[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const s of sessions.splice(0)) s.kill();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  return {
    home() {
      const h = ptyHome();
      dirs.push(h.dir);
      return h;
    },
    start(args, env, cwd) {
      const s = spawnCli(args, { env, cols: 100, rows: 40, ...(cwd && { cwd }) });
      sessions.push(s);
      return s;
    },
  };
}
