import { InterruptedError } from './errors.js';
import type { Io } from './io.js';

// Prompts draw on stderr so that stdout keeps only the result.
const context = (io: Io) => ({
  input: io.stdin.stream(),
  output: io.stderr.stream(),
  clearPromptOnDone: false,
});

/**
 * Ctrl-C at a prompt arrives as a key, not a signal (the prompt owns the terminal), and the
 * prompt library rejects: it is an interruption like any other (exit 130), not a failure.
 */
async function answer<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new InterruptedError('Interrupted.');
    throw error;
  }
}

export async function pick<T>(
  io: Io,
  message: string,
  choices: Array<{ name: string; value: T; description?: string }>,
): Promise<T> {
  const { select } = await import('./lazy/prompts.js');
  return answer(select({ message, choices, pageSize: 12 }, context(io)));
}

export async function ask(
  io: Io,
  message: string,
  validate?: (value: string) => string | true,
): Promise<string> {
  const { input } = await import('./lazy/prompts.js');
  return answer(input({ message, ...(validate && { validate }) }, context(io)));
}

export async function secret(io: Io, message: string): Promise<string> {
  const { password } = await import('./lazy/prompts.js');
  return answer(password({ message, mask: false }, context(io)));
}

export async function confirm(io: Io, message: string): Promise<boolean> {
  const { confirm: confirmPrompt } = await import('./lazy/prompts.js');
  return answer(confirmPrompt({ message, default: false }, context(io)));
}

/** Reads all of stdin (a piped key). */
export async function readStdin(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin.stream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
