// `pnpm bench`: runs every benchmark and writes bench/RESULTS.md. Figures are ratios of contenders
// measured side by side in one run; absolute times on shared machines mean little.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchCli } from './cli.mjs';
import { benchSdk } from './sdk.mjs';

const rows = [...(await benchSdk()), ...(await benchCli())];

const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString()} on Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}).`,
  'Each row compares two contenders run interleaved in the same process run; the ratio is what counts.',
  '',
  '| measurement | figures | ratio | target | |',
  '|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.value} | ${r.ratio.toFixed(2)}x | <= ${r.target}x | ${r.ratio <= r.target ? 'met' : 'MISSED'} |`,
  ),
  '',
];
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));
