export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  /** Fraction of the delay removed at random, so that many clients do not retry in step. */
  jitter: number;
}

export const RETRY_BACKOFF: BackoffPolicy = { initialMs: 500, maxMs: 8_000, jitter: 0.25 };

/** Exponential backoff for the n-th retry (0-based), with jitter taken off the top. */
export function backoffMs(retry: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const base = Math.min(policy.maxMs, policy.initialMs * 2 ** retry);
  return Math.round(base * (1 - policy.jitter * random()));
}
