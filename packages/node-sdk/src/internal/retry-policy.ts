import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  RateLimitError,
  UnexpectedResponseError,
} from '@zcloud/core';

// Failures where the request certainly never reached the service.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

const statusOf = (error: unknown) =>
  error instanceof APIError || error instanceof UnexpectedResponseError ? error.httpStatus : undefined;

/** Connection errors, timeouts, 408, 429 and 5xx are worth another attempt; nothing else is. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true;
  const status = statusOf(error);
  return status === 408 || status === 429 || (status !== undefined && status >= 500);
}

/**
 * Whether the service may have applied a request although we saw it fail: the request was sent
 * and the answer was lost, cut or a server error. A create retried after such a failure can meet
 * "name already exists" for its own first attempt.
 */
export function mayHaveBeenApplied(error: unknown): boolean {
  if (error instanceof APIConnectionTimeoutError) return true;
  if (error instanceof APIConnectionError) return !NOT_SENT.has(error.errno ?? '');
  if (error instanceof RateLimitError) return false;
  if (error instanceof UnexpectedResponseError) return true;
  const status = statusOf(error);
  return status !== undefined && status >= 500;
}

/** Response headers of an API failure, for Retry-After. */
export function headersOf(error: unknown): Headers | undefined {
  return error instanceof APIError || error instanceof UnexpectedResponseError ? error.headers : undefined;
}
