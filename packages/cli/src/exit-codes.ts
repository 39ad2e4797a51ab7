import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ClusterFailedError,
  ConflictError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnexpectedResponseError,
  ValidationError,
  WaitTimeoutError,
} from '@zcloud/node-sdk';
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

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof InterruptedError || error instanceof APIUserAbortError) return 130;
  if (error instanceof UsageError || error instanceof ValidationError || error instanceof InvalidRequestError)
    return 2;
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) return 3;
  if (error instanceof NotFoundError) return 4;
  if (error instanceof ConflictError) return 5;
  if (error instanceof WaitTimeoutError || error instanceof ClusterFailedError) return 6;
  if (
    error instanceof APIConnectionError ||
    error instanceof RateLimitError ||
    error instanceof InternalServerError ||
    error instanceof UnexpectedResponseError
  ) {
    return 7;
  }
  return 1;
}

/** Errors we know how to explain; anything else is a bug to report. */
export const isExpected = (error: unknown) => exitCodeFor(error) !== 1 || error instanceof APIError;

export function exitCodesHelp(): string {
  return `Exit codes:\n${EXIT_CODES.map((e) => `  ${String(e.code).padEnd(4)} ${e.meaning}`).join('\n')}`;
}
