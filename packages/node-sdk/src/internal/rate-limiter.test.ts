import { CANARY_API_KEY, json, ok, scriptedFetch } from '@zcloud/testkit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZillizCloud } from '../index.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('client-side rate limit', () => {
  it('lets a burst of 10 through, then 10 a second, across every method of one client', async () => {
    const script = scriptedFetch({ 'GET /v2/projects': json(ok([])), 'GET /v2/clouds': json(ok([])) });
    const client = new ZillizCloud({ apiKey: CANARY_API_KEY, fetch: script.fetch, env: {}, logLevel: 'off' });
    const all = Array.from({ length: 25 }, (_, i) => (i % 2 ? client.projects.list() : client.clouds.list()));
    await vi.advanceTimersByTimeAsync(0);
    expect(script.calls).toHaveLength(10);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(script.calls).toHaveLength(20);
    await vi.advanceTimersByTimeAsync(500);
    expect(script.calls).toHaveLength(25);
    await Promise.all(all);
  });

  it('follows maxRequestsPerSecond, and 0 turns it off', async () => {
    const script = scriptedFetch({ 'GET /v2/projects': json(ok([])) });
    const slow = new ZillizCloud({
      apiKey: CANARY_API_KEY,
      fetch: script.fetch,
      env: {},
      maxRequestsPerSecond: 2,
    });
    const fast = new ZillizCloud({
      apiKey: CANARY_API_KEY,
      fetch: script.fetch,
      env: {},
      maxRequestsPerSecond: 0,
    });
    const pending = [
      ...Array.from({ length: 4 }, () => slow.projects.list()),
      ...Array.from({ length: 50 }, () => fast.projects.list()),
    ];
    await vi.advanceTimersByTimeAsync(0);
    expect(script.calls).toHaveLength(52);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(script.calls).toHaveLength(54);
    await Promise.all(pending);
  });
});
