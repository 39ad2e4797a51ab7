import { describe, expect, it } from 'vitest';
import { backoffMs, RETRY_BACKOFF } from './backoff.js';
import { retryAfterMs } from './retry-after.js';

describe('backoffMs', () => {
  it.each([
    [0, 500, 375],
    [1, 1_000, 750],
    [2, 2_000, 1_500],
    [4, 8_000, 6_000],
    [10, 8_000, 6_000],
  ])('retry %i waits between %i ms (no jitter) and %i ms (full jitter)', (retry, most, least) => {
    expect(backoffMs(retry, RETRY_BACKOFF, () => 0)).toBe(most);
    expect(backoffMs(retry, RETRY_BACKOFF, () => 1)).toBe(least);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    ['2', 2_000],
    ['0', 0],
    ['1.5', 1_500],
    ['Thu, 01 Jan 2026 00:00:10 GMT', 10_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
  ])('%j -> %s', (value, expected) => {
    expect(retryAfterMs(new Headers(value ? { 'retry-after': value } : {}), now)).toBe(expected);
  });
});
