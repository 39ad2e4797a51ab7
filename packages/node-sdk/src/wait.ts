import { type Cluster, NotFoundError, ValidationError } from '@zcloud/core';
import { ClusterFailedError, WaitTimeoutError } from './errors.js';
import { isRetryable } from './internal/retry-policy.js';
import { abortError, sleep } from './internal/sleep.js';
import type { SdkLogger } from './logger.js';
import type { RequestOptions } from './request.js';
import type { WaitOptions } from './types.js';

export const WAIT_DEFAULTS = {
  status: 'RUNNING',
  timeoutMs: 15 * 60_000,
  pollIntervalMs: 1_000,
  maxPollIntervalMs: 10_000,
  notFoundGraceMs: 0,
} as const;

/** Right after a create, the new cluster may not be visible for a moment. */
export const AFTER_CREATE_GRACE_MS = 30_000;

/** Statuses from which a cluster does not become RUNNING. */
const FAILED_FOR_RUNNING = new Set(['DELETING', 'DELETED', 'ABNORMAL']);
const GROWTH = 1.5;

/**
 * Polls `describe` with growing pauses until the cluster has the awaited status. Fails fast on a
 * failure status, takes "not found" for "not visible yet" during a grace period, rides out
 * transient errors until the deadline, and reports every poll through `onProgress`.
 */
export async function waitForStatus(
  clusterId: string,
  describe: (options: RequestOptions) => Promise<Cluster>,
  options: WaitOptions,
  logger: SdkLogger,
): Promise<Cluster> {
  const target = options.status ?? WAIT_DEFAULTS.status;
  const timeoutMs = options.timeoutMs ?? WAIT_DEFAULTS.timeoutMs;
  const firstPause = options.pollIntervalMs ?? WAIT_DEFAULTS.pollIntervalMs;
  const maxPause = Math.max(firstPause, options.maxPollIntervalMs ?? WAIT_DEFAULTS.maxPollIntervalMs);
  const graceMs = options.notFoundGraceMs ?? WAIT_DEFAULTS.notFoundGraceMs;
  for (const [name, value] of Object.entries({ timeoutMs, pollIntervalMs: firstPause })) {
    if (!(value > 0))
      throw new ValidationError(`Invalid ${name} ${value}: give a positive number of milliseconds.`, {
        field: name,
      });
  }
  const user = options.signal;
  if (user?.aborted) throw abortError(user);

  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const signal = user ? AbortSignal.any([user, deadline.signal]) : deadline.signal;
  let lastStatus: string | undefined;
  let pause = firstPause;
  const timedOut = () =>
    new WaitTimeoutError({ clusterId, targetStatus: target, lastStatus, elapsedMs: elapsed() });

  try {
    for (let polls = 1; ; polls++) {
      let cluster: Cluster | undefined;
      try {
        cluster = await describe({ signal, deadlineMs: Math.max(1, timeoutMs - elapsed()) });
      } catch (error) {
        if (user?.aborted) throw abortError(user);
        if (deadline.signal.aborted) throw timedOut();
        if (error instanceof NotFoundError && lastStatus === undefined && elapsed() < graceMs) {
          logger.debug(`${clusterId} is not visible yet; polling again`);
        } else if (isRetryable(error)) {
          logger.warn(`describing ${clusterId} failed (${(error as Error).name}); still waiting`);
        } else {
          throw error;
        }
      }
      if (cluster) {
        lastStatus = cluster.status;
        options.onProgress?.({ clusterId, status: cluster.status, elapsedMs: elapsed(), polls, cluster });
        if (cluster.status === target) return cluster;
        if (target === 'RUNNING' && FAILED_FOR_RUNNING.has(cluster.status))
          throw new ClusterFailedError(cluster, target);
      } else {
        options.onProgress?.({
          clusterId,
          status: undefined,
          elapsedMs: elapsed(),
          polls,
          cluster: undefined,
        });
      }

      try {
        // A little jitter so that many waiters do not poll in step.
        await sleep(Math.round(pause * (0.9 + Math.random() * 0.2)), signal);
      } catch (error) {
        if (user?.aborted) throw abortError(user);
        if (deadline.signal.aborted) throw timedOut();
        throw error;
      }
      pause = Math.min(maxPause, pause * GROWTH);
    }
  } finally {
    clearTimeout(timer);
  }
}
