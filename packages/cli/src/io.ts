import type { Readable, Writable } from 'node:stream';

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  /** Registers a Ctrl-C handler; returns a function that removes it. */
  onInterrupt(handler: () => void): () => void;
}

export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    onInterrupt(handler) {
      process.on('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  };
}

/** A terminal a person answers at: prompts, pickers and spinners only then. */
export const isInteractive = (io: Io) => Boolean(io.stdin.isTTY && io.stderr.isTTY);
