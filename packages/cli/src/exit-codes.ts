import { InterruptedError, UsageError } from './errors.js';

/** The one table of exit codes: `--help`, the README and the code all read it. */
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

/**
 * The exit code of a failure, and whether it is one zcloud can explain (anything else is a bug to
 * report). The error classes come with the SDK, which a command line that never reaches the API
 * (help, config) does not load.
 */
export async function classify(error: unknown): Promise<{ code: ExitCode; expected: boolean }> {
  const sdk = await import('@zcloud/node-sdk');
  const code = exitCodeOf(error, sdk);
  return { code, expected: code !== 1 || error instanceof sdk.APIError };
}

function exitCodeOf(error: unknown, sdk: typeof import('@zcloud/node-sdk')): ExitCode {
  if (error instanceof InterruptedError || error instanceof sdk.APIUserAbortError) return 130;
  if (
    error instanceof UsageError ||
    error instanceof sdk.ValidationError ||
    error instanceof sdk.InvalidRequestError
  )
    return 2;
  if (error instanceof sdk.AuthenticationError || error instanceof sdk.PermissionDeniedError) return 3;
  if (error instanceof sdk.NotFoundError) return 4;
  if (error instanceof sdk.ConflictError) return 5;
  if (error instanceof sdk.WaitTimeoutError || error instanceof sdk.ClusterFailedError) return 6;
  if (
    error instanceof sdk.APIConnectionError ||
    error instanceof sdk.RateLimitError ||
    error instanceof sdk.InternalServerError ||
    error instanceof sdk.UnexpectedResponseError
  ) {
    return 7;
  }
  return 1;
}

export function exitCodesHelp(): string {
  return `Exit codes:\n${EXIT_CODES.map((e) => `  ${String(e.code).padEnd(4)} ${e.meaning}`).join('\n')}`;
}
