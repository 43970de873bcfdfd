/**
 * Just enough of the web streams for the age library to open small files from memory, for the
 * threads that read a journal. The library's Decrypter passes every file through four streams;
 * Node's own ones (queues, promises and pipes for each) cost more than the age format's key
 * exchange and ciphers together: with these, a cold read of an encrypted journal opens each file
 * in 40% less time. Nothing here touches the bytes: the library does all of the age format.
 *
 * They read on demand: each `read()` pulls one chunk through the transforms piped before it, in
 * order. A transform that throws fails that read, as an errored web stream does. Only what the
 * library's decryption uses is here: no writers, no cancelling, no errors but thrown ones, no
 * back-pressure.
 */

type Controller = { enqueue(chunk: Uint8Array): void; close(): void };
type Source = { start?(c: Controller): void };
type Transformer = Source & { transform?(chunk: Uint8Array, c: Controller): void | Promise<void>; flush?(c: Controller): void | Promise<void> };
type Result = { done: false; value: Uint8Array } | { done: true; value: undefined };

const END: Result = { done: true, value: undefined };

class LiteReadableStream {
  protected readonly queue: Uint8Array[] = [];
  protected ended = false;
  protected readonly controller: Controller = { enqueue: (chunk) => void this.queue.push(chunk), close: () => void (this.ended = true) };

  constructor(source?: Source) {
    source?.start?.(this.controller);
  }

  /** Adds to the queue or ends the stream. A stream given only its start has nothing to add. */
  protected async fill(): Promise<void> {
    throw new Error("stream read past its start without being closed");
  }

  async next(): Promise<Result> {
    while (this.queue.length === 0) {
      if (this.ended) return END;
      await this.fill();
    }
    return { done: false, value: this.queue.shift()! };
  }

  getReader() {
    return { read: () => this.next(), releaseLock() {} };
  }

  pipeThrough(t: LiteTransformStream): LiteReadableStream {
    t.readable.source = this;
    return t.readable;
  }
}

/** The readable side of a transform: each chunk of its source goes through the transformer. */
class Transformed extends LiteReadableStream {
  source: LiteReadableStream | undefined;

  constructor(private readonly t: Transformer) {
    super(t);
  }

  protected override async fill(): Promise<void> {
    if (!this.source) throw new Error("transform read before anything was piped into it");
    const r = await this.source.next();
    if (r.done) {
      await this.t.flush?.(this.controller);
      this.ended = true;
    } else if (this.t.transform) await this.t.transform(r.value, this.controller);
    else this.queue.push(r.value);
  }
}

class LiteTransformStream {
  readonly readable: Transformed;
  constructor(t: Transformer = {}) {
    this.readable = new Transformed(t);
  }
}

/**
 * Puts these in place of the web streams of this thread's global scope, where the library looks
 * them up as it runs; gives back what puts Node's own back.
 */
export function useLiteStreams(scope: typeof globalThis = globalThis): () => void {
  const { ReadableStream, TransformStream } = scope;
  Object.assign(scope, { ReadableStream: LiteReadableStream, TransformStream: LiteTransformStream });
  return () => void Object.assign(scope, { ReadableStream, TransformStream });
}

let lent = 0;
let putBack: (() => void) | undefined;

/**
 * Runs `open` over these streams in a thread that keeps Node's own for all other code (the main
 * thread): they are in place from its start to its end only, shared by opens under way together.
 * Only for opening bytes already in memory with a key exchange that does not wait (see age.ts):
 * such an open never waits for I/O or a timer, so it runs to its end within one turn of the event
 * loop, and no code of another turn ever sees these streams.
 */
export async function withLiteStreams<T>(open: () => Promise<T>): Promise<T> {
  if (lent++ === 0) putBack = useLiteStreams();
  try {
    return await open();
  } finally {
    if (--lent === 0) putBack!();
  }
}
