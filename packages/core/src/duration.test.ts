import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['500', 500],
    ['500ms', 500],
    ['3s', 3_000],
    ['1.5s', 1_500],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    [' 2m ', 120_000],
  ])('%j -> %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'soon', '5 minutes', '-3s', '3x', 's'])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [45_400, '45s'],
    [125_000, '2m 05s'],
    [3_720_000, '1h 02m'],
  ])('%i ms -> %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
