import type { Io } from './io.js';

// Prompts draw on stderr so that stdout keeps only the result.
const context = (io: Io) => ({
  input: io.stdin.stream(),
  output: io.stderr.stream(),
  clearPromptOnDone: false,
});

export async function pick<T>(
  io: Io,
  message: string,
  choices: Array<{ name: string; value: T; description?: string }>,
): Promise<T> {
  const { select } = await import('./lazy/prompts.js');
  return select({ message, choices, pageSize: 12 }, context(io));
}

export async function ask(
  io: Io,
  message: string,
  validate?: (value: string) => string | true,
): Promise<string> {
  const { input } = await import('./lazy/prompts.js');
  return input({ message, ...(validate && { validate }) }, context(io));
}

export async function secret(io: Io, message: string): Promise<string> {
  const { password } = await import('./lazy/prompts.js');
  return password({ message, mask: false }, context(io));
}

export async function confirm(io: Io, message: string): Promise<boolean> {
  const { confirm: confirmPrompt } = await import('./lazy/prompts.js');
  return confirmPrompt({ message, default: false }, context(io));
}

/** Reads all of stdin (a piped key). */
export async function readStdin(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin.stream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
