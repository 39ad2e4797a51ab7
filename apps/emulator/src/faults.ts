/** Failures the emulator can inject, for demos and tests of resilience. */
export interface FaultOptions {
  /** Added to every answer. */
  latencyMs?: number;
  /** Share of requests (0..1) answered 503 before anything is applied. */
  unavailableRate?: number;
  /** Every n-th request is answered 429 with `Retry-After`. */
  rateLimitEvery?: number;
  retryAfterSeconds?: number;
  /** Share of creates (0..1) that are applied and then answered by dropping the connection. */
  dropAfterApplyRate?: number;
}

export interface FaultPlan {
  latencyMs: number;
  reject?: { status: 429 | 503; retryAfterSeconds?: number };
  dropAfterApply: boolean;
}

/**
 * Decides the faults of one request: from the `x-zcloud-fault` header (deterministic, for tests:
 * `latency=200`, `503`, `429`, `drop-after-apply`, comma-separated) and from the configured rates.
 */
export function planFaults(
  header: string | undefined,
  options: FaultOptions,
  requestNumber: number,
): FaultPlan {
  const asked = new Map(
    (header ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [key, value] = part.split('=');
        return [key as string, value] as const;
      }),
  );
  const plan: FaultPlan = {
    latencyMs: Number(asked.get('latency') ?? options.latencyMs ?? 0) || 0,
    dropAfterApply: asked.has('drop-after-apply') || Math.random() < (options.dropAfterApplyRate ?? 0),
  };
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  if (asked.has('429') || (options.rateLimitEvery && requestNumber % options.rateLimitEvery === 0)) {
    plan.reject = { status: 429, retryAfterSeconds };
  } else if (asked.has('503') || Math.random() < (options.unavailableRate ?? 0)) {
    plan.reject = { status: 503 };
  }
  return plan;
}
