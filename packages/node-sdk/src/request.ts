import {
  APIConnectionTimeoutError,
  type CoreClient,
  type Middleware,
  type OperationId,
  requestIdOf,
  toZillizCloudError,
} from '@zcloud/core';

import { backoffMs, RETRY_BACKOFF } from './internal/backoff.js';
import type { RateLimiter } from './internal/rate-limiter.js';
import { retryAfterMs } from './internal/retry-after.js';
import { headersOf, isRetryable, mayHaveBeenApplied } from './internal/retry-policy.js';
import { abortError, sleep } from './internal/sleep.js';
import type { SdkLogger } from './logger.js';
import { count, positive } from './options.js';

/** Per-call options of every method. */
export interface RequestOptions {
  /** Aborts the call at once, also between attempts (APIUserAbortError). */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms. */
  timeoutMs?: number;
  /** Bound on the whole call, retries included, in ms. */
  deadlineMs?: number;
  maxRetries?: number;
}

/** What one attempt is given: pass both to the openapi-fetch call. */
export type AttemptInit = {
  signal: AbortSignal;
  middleware: Middleware[];
};

/** Filled in by `run`: lets a caller tell a conflict with itself from a real one. */
export interface AttemptTrace {
  /** An earlier attempt failed in a way that may have been applied by the service. */
  ambiguous: boolean;
  attempts: number;
}

/** The longest Retry-After honoured; longer asks are capped. */
const MAX_RETRY_AFTER_MS = 60_000;

export interface RequesterConfig {
  timeoutMs: number;
  deadlineMs: number;
  maxRetries: number;
  limiter: RateLimiter;
  logger: SdkLogger;
  random?: () => number;
}

/** Runs one operation under the client's policy: rate limit, per-attempt timeout, deadline, retries, logging. */
export class Requester {
  constructor(private readonly config: RequesterConfig) {}

  async run<T>(
    operationId: OperationId,
    client: CoreClient,
    send: (client: CoreClient, init: AttemptInit) => Promise<T>,
    options: RequestOptions = {},
    trace: AttemptTrace = { ambiguous: false, attempts: 0 },
  ): Promise<T> {
    const timeoutMs = positive('timeoutMs', options.timeoutMs ?? this.config.timeoutMs);
    const deadlineMs = positive('deadlineMs', options.deadlineMs ?? this.config.deadlineMs);
    const maxRetries = count('maxRetries', options.maxRetries ?? this.config.maxRetries);
    const user = options.signal;
    if (user?.aborted) throw abortError(user);

    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      trace.attempts = attempt;
      // One signal per attempt, aborted by the caller, the attempt's timeout or the call's
      // deadline, whichever comes first. (AbortSignal.any and a controller per bound cost as much
      // as the request they guard.)
      const remainingMs = started + deadlineMs - Date.now();
      const limitedByDeadline = remainingMs <= timeoutMs;
      const attemptSignal = new AbortController();
      const timer = setTimeout(() => attemptSignal.abort(), Math.min(timeoutMs, remainingMs));
      const onUserAbort = () => attemptSignal.abort(user?.reason);
      user?.addEventListener('abort', onUserAbort, { once: true });
      let error: unknown;
      try {
        const { signal } = attemptSignal;
        await this.config.limiter.acquire(signal);
        return await send(client, { signal, middleware: this.middleware(operationId, attempt) });
      } catch (raw) {
        if (user?.aborted) throw abortError(user);
        if (attemptSignal.signal.aborted && limitedByDeadline) {
          throw new APIConnectionTimeoutError({ timeoutMs: deadlineMs, operationId, cause: raw });
        }
        error = attemptSignal.signal.aborted
          ? new APIConnectionTimeoutError({ timeoutMs, operationId, cause: raw })
          : toZillizCloudError(raw, operationId);
      } finally {
        clearTimeout(timer);
        user?.removeEventListener('abort', onUserAbort);
      }

      if (!isRetryable(error) || attempt > maxRetries) throw error;
      if (mayHaveBeenApplied(error)) trace.ambiguous = true;
      const asked = retryAfterMs(headersOf(error));
      const delay =
        asked !== undefined
          ? Math.min(asked, MAX_RETRY_AFTER_MS)
          : backoffMs(attempt - 1, RETRY_BACKOFF, this.config.random);
      // A retry that could not start before the deadline is not worth waiting for.
      if (Date.now() + delay - started >= deadlineMs) throw error;
      this.config.logger.warn(
        `${operationId} failed (${(error as Error).name}); retry ${attempt} of ${maxRetries} in ${delay} ms${
          asked !== undefined ? ' as Retry-After asks' : ''
        }`,
      );
      try {
        await sleep(delay, user);
      } catch {
        throw abortError(user as AbortSignal);
      }
    }
  }

  /** Per-attempt debug logging of method, URL, status, duration and request id (never headers or bodies). */
  private middleware(operationId: OperationId, attempt: number): Middleware[] {
    const logger = this.config.logger;
    if (!logger.enabled('debug')) return [];
    let started = 0;
    return [
      {
        onRequest({ request }) {
          started = performance.now();
          logger.debug(`-> ${request.method} ${request.url}`, { operationId, attempt });
        },
        onResponse({ request, response }) {
          logger.debug(`<- ${response.status} ${request.method} ${request.url}`, {
            operationId,
            attempt,
            durationMs: Math.round(performance.now() - started),
            requestId: requestIdOf(response.headers),
          });
        },
      },
    ];
  }
}
