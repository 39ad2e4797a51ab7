// `pnpm bench`: runs every benchmark and writes bench/RESULTS.md. Figures are ratios of contenders
// measured side by side in one run; absolute times on shared machines mean little.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

// Each section in a process of its own (see section.mjs).
const section = (name) =>
  JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(new URL('./section.mjs', import.meta.url)), name], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    }),
  );
const rows = ['sdk', 'cli', 'sizes', 'wait'].flatMap(section);

const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString()} on Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}).`,
  "Each ratio is the median, over rounds in one run, of a contender's time divided by its baseline's time in the same round (contenders in a random order each round).",
  '',
  '| measurement | figures | value | target | |',
  '|---|---|---|---|---|',
  ...rows.map((r) => {
    const unit = r.unit ?? 'x';
    // Rows without a target are there to be read, not to pass.
    if (r.target === undefined) return `| ${r.name} | ${r.value} | ${r.ratio.toFixed(2)} ${unit} | - | |`;
    return `| ${r.name} | ${r.value} | ${r.ratio.toFixed(2)} ${unit} | <= ${r.target} ${unit} | ${r.ratio <= r.target ? 'met' : 'MISSED'} |`;
  }),
  '',
];
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));
