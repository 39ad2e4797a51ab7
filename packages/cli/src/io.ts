import { fstatSync, writeSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

/** Where the CLI writes text, and whether a person is watching it. */
export interface Sink {
  write(text: string): void;
  readonly isTTY: boolean;
  /** The stream itself, for prompts and spinners, which draw on a terminal. */
  stream(): Writable;
}

/** Where the CLI reads from (a piped API key, answers to prompts). */
export interface Source {
  readonly isTTY: boolean;
  stream(): Readable;
}

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface Io {
  stdin: Source;
  stdout: Sink;
  stderr: Sink;
  env: Record<string, string | undefined>;
  /** Registers a Ctrl-C handler; returns a function that removes it. */
  onInterrupt(handler: () => void): () => void;
}

/**
 * The process's own standard streams. Node builds `process.stdout` and friends on first access,
 * loading its whole stream machinery (a few milliseconds, a large share of a `--version`), so text
 * is written straight to the file descriptor and the streams are built only for prompts, spinners
 * and a pipe that pushes back.
 */
export function processIo(): Io {
  return {
    stdin: {
      get isTTY() {
        return isTerminal(0);
      },
      stream: () => process.stdin,
    },
    stdout: descriptorSink(1, () => process.stdout),
    stderr: descriptorSink(2, () => process.stderr),
    env: process.env,
    onInterrupt(handler) {
      process.on('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  };
}

function descriptorSink(fd: 1 | 2, stream: () => Writable): Sink {
  let terminal: boolean | undefined;
  let throughStream = false;
  return {
    get isTTY() {
      terminal ??= isTerminal(fd);
      return terminal;
    },
    stream,
    write(text) {
      if (!throughStream) {
        const bytes = Buffer.from(text);
        let offset = 0;
        try {
          while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
          return;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // The reader has gone (`zcloud ... | head -1`): nothing more can be delivered.
          if (code === 'EPIPE') return;
          if (code !== 'EAGAIN') throw error;
          // A non-blocking pipe that is full: from here on, Node's stream queues and waits for it.
          throughStream = true;
          stream().write(bytes.subarray(offset));
          return;
        }
      }
      stream().write(text);
    },
  };
}

/** A terminal, without loading `tty` (and with it `net` and streams) for pipes and files. */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

/** Text sinks over ordinary streams: for running the CLI in-process (tests, embedding). */
export function streamIo(options: {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  onInterrupt?: Io['onInterrupt'];
}): Io {
  const sink = (stream: Writable & { isTTY?: boolean }): Sink => ({
    write: (text) => {
      stream.write(text);
    },
    get isTTY() {
      return Boolean(stream.isTTY);
    },
    stream: () => stream,
  });
  return {
    stdin: {
      get isTTY() {
        return Boolean(options.stdin.isTTY);
      },
      stream: () => options.stdin,
    },
    stdout: sink(options.stdout),
    stderr: sink(options.stderr),
    env: options.env,
    onInterrupt: options.onInterrupt ?? (() => () => {}),
  };
}

/** A terminal a person answers at: prompts, pickers and spinners only then. */
export const isInteractive = (io: Io) => io.stdin.isTTY && io.stderr.isTTY;
