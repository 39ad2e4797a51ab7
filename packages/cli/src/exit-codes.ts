/** The one table of exit codes: `--help`, the README and the code (failure.ts) all read it. */
export const EXIT_CODES = [
  { code: 0, meaning: 'success' },
  { code: 1, meaning: 'unexpected error (please report it; --debug shows the stack)' },
  { code: 2, meaning: 'usage or validation error, including the API rejecting a parameter' },
  { code: 3, meaning: 'authentication or permission denied' },
  { code: 4, meaning: 'not found' },
  { code: 5, meaning: 'conflict: the cluster name is taken in the project' },
  { code: 6, meaning: 'wait timed out, or the cluster failed' },
  { code: 7, meaning: 'connection, timeout, rate limit or service unavailable' },
  { code: 130, meaning: 'interrupted (Ctrl-C)' },
] as const;

export type ExitCode = (typeof EXIT_CODES)[number]['code'];

export function exitCodesHelp(): string {
  return `Exit codes:\n${EXIT_CODES.map((e) => `  ${String(e.code).padEnd(4)} ${e.meaning}`).join('\n')}`;
}

/** Errors are one line: commander's and the API's messages may span several. */
export const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
