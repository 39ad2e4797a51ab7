// Helpers for side-by-side measurements: every comparison runs its contenders interleaved in one
// process run, so that machine noise hits both alike, and reports medians and their ratio.
import { spawnSync } from 'node:child_process';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs each contender `rounds` times, alternating, and returns the median duration (ms) of each. */
export async function interleave(contenders, rounds) {
  const times = contenders.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, run] of contenders.entries()) {
      const started = performance.now();
      await run();
      times[i].push(performance.now() - started);
    }
  }
  return times.map(median);
}

/** Wall-clock time of a child process, in ms; fails loudly if the command fails. */
export function timeProcess(command, args, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const elapsed = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  }
  return elapsed;
}

export const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
export const ratio = (a, b) => a / b;
