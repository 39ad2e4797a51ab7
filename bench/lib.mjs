// Helpers for side-by-side measurements. Every comparison runs its contenders in rounds, each
// contender once per round in a fresh random order, so that drift and noise on a shared machine
// hit all of them alike. A contender's figure is the median over rounds of its time divided by the
// baseline's time in the same round: paired ratios are far steadier than a ratio of two medians.
import { execFile, spawnSync } from 'node:child_process';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs `contenders` (name -> function, sync or async; the first is the baseline) for `rounds`
 * rounds. Returns, per name, the median time in ms and the median of its per-round ratio to the
 * baseline.
 */
export async function compare(contenders, rounds) {
  const names = Object.keys(contenders);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of shuffled(names)) {
      const started = performance.now();
      await contenders[name]();
      times[name].push(performance.now() - started);
    }
  }
  const [baseline] = names;
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        ms: median(times[name]),
        ratio: median(times[name].map((ms, round) => ms / times[baseline][round])),
      },
    ]),
  );
}

function shuffled(items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Runs a child process to its end (the caller times it); fails loudly if the command fails. */
export function runProcess(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  }
}

/** runProcess for a child that talks to a server in this process, whose event loop must keep running. */
export function runProcessAsync(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(command, args, options, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed (${error.code}): ${stderr}`));
      else resolve();
    });
  });
}

/** A clean environment: variables such as NODE_EXTRA_CA_CERTS slow every node start alike. */
export const cleanEnv = (extra = {}) => ({ PATH: process.env.PATH, HOME: process.env.HOME, ...extra });
