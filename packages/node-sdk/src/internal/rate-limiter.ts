import { sleep } from './sleep.js';

/**
 * A token bucket shared by every call of one client: `ratePerSecond` tokens a second, up to
 * `burst` saved. Callers queue in arrival order, so polling loops cannot starve a create.
 */
export class RateLimiter {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number = Math.max(1, Math.ceil(ratePerSecond)),
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = this.burst;
    this.last = this.now();
  }

  /** Resolves when a request may be sent; rejects with APIUserAbortError if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (!Number.isFinite(this.ratePerSecond) || this.ratePerSecond <= 0) return Promise.resolve();
    const turn = this.queue.then(() => this.take(signal));
    // A caller that gave up must not block the ones behind it.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      this.refill();
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSecond), signal);
    }
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
    this.last = now;
  }
}
