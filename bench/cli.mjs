// cli: start-up of the built zcloud against bare node, and the installed size of the packed CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeProcess } from './lib.mjs';

const cliDir = fileURLToPath(new URL('../packages/cli/', import.meta.url));
const bin = join(cliDir, 'bin/zcloud.cjs');

function duSync(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? duSync(path) : statSync(path).size;
  }
  return total;
}

export async function benchCli() {
  // A home of its own: the first run writes the compile cache, the others use it, as for a user.
  const env = {
    PATH: process.env.PATH,
    NO_COLOR: '1',
    HOME: mkdtempSync(join(tmpdir(), 'zcloud-bench-home-')),
  };
  const runs = { node: [], version: [], help: [] };
  for (let i = 0; i < 25; i++) {
    runs.node.push(timeProcess(process.execPath, ['-e', '0'], { env }));
    runs.version.push(timeProcess(process.execPath, [bin, '--version'], { env }));
    runs.help.push(timeProcess(process.execPath, [bin, 'clusters', '--help'], { env }));
  }
  const node = median(runs.node);

  // Pack the CLI as npm would publish it and install the tarball into an empty folder.
  const packDir = mkdtempSync(join(tmpdir(), 'zcloud-pack-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
    cwd: cliDir,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  const installDir = mkdtempSync(join(tmpdir(), 'zcloud-install-'));
  execFileSync('npm', ['init', '-y'], { cwd: installDir, stdio: 'ignore' });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', join(packDir, tarball)], {
    cwd: installDir,
    stdio: 'ignore',
  });
  const installedMb = duSync(join(installDir, 'node_modules')) / 1024 / 1024;

  return [
    {
      name: 'cli: `zcloud --version` vs `node -e 0` (process wall time, compile cache warm)',
      value: `${median(runs.version).toFixed(1)} ms vs ${node.toFixed(1)} ms`,
      ratio: median(runs.version) / node,
      target: 1.2,
    },
    {
      name: 'cli: `zcloud clusters --help` vs `node -e 0`',
      value: `${median(runs.help).toFixed(1)} ms vs ${node.toFixed(1)} ms`,
      ratio: median(runs.help) / node,
      target: 1.2,
    },
    {
      name: 'cli: installed size of the packed CLI in an empty folder',
      value: `${installedMb.toFixed(2)} MB`,
      ratio: installedMb,
      target: 3,
      unit: 'MB',
    },
  ];
}
