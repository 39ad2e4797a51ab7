// cli: start-up of the built zcloud against bare node, and the installed size of the packed CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../apps/emulator/dist/index.js';
import { cleanEnv, compare, runProcess, runProcessAsync } from './lib.mjs';

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
  const home = mkdtempSync(join(tmpdir(), 'zcloud-bench-home-'));
  const env = cleanEnv({ NO_COLOR: '1', HOME: home, ZCLOUD_CONFIG_DIR: join(home, 'config') });
  const node = (args) => () => runProcess(process.execPath, args, { env });
  // `config list` runs a command to its end without the network: the runtime, a config file, a table.
  const lines = {
    version: [bin, '--version'],
    help: [bin, 'clusters', '--help'],
    run: [bin, 'config', 'list'],
  };
  for (const args of Object.values(lines)) node(args)();
  const starts = await compare(
    {
      node: node(['-e', '0']),
      version: node(lines.version),
      help: node(lines.help),
      run: node(lines.run),
    },
    40,
  );

  // A command that reaches the API (the emulator, in this process) costs more than start-up: Node's
  // fetch loads undici and compiles its WebAssembly HTTP parser in every process. Bare node doing one
  // fetch shows that part alone.
  const emulator = await startEmulator({ port: 0 });
  const apiEnv = { ...env, ZILLIZ_API_KEY: emulator.apiKey, ZCLOUD_BASE_URL: emulator.url };
  const bareFetch = `fetch(${JSON.stringify(`${emulator.url}/v2/projects`)}, { headers: { authorization: ${JSON.stringify(`Bearer ${emulator.apiKey}`)} } }).then((r) => r.json())`;
  const nodeAsync =
    (args, options = { env }) =>
    () =>
      runProcessAsync(process.execPath, args, options);
  const listProjects = nodeAsync([bin, 'projects', 'list', '-o', 'json'], { env: apiEnv });
  await listProjects();
  const api = await compare(
    { node: nodeAsync(['-e', '0']), fetch: nodeAsync(['-e', bareFetch]), zcloud: listProjects },
    20,
  ).finally(() => emulator.close());

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
      value: `${starts.version.ms.toFixed(1)} ms vs ${starts.node.ms.toFixed(1)} ms`,
      ratio: starts.version.ratio,
      target: 1.2,
    },
    {
      name: 'cli: `zcloud clusters --help` vs `node -e 0`',
      value: `${starts.help.ms.toFixed(1)} ms vs ${starts.node.ms.toFixed(1)} ms`,
      ratio: starts.help.ratio,
      target: 1.2,
    },
    {
      name: 'cli: `zcloud config list` vs `node -e 0` (a command run to its end, no network; for reading)',
      value: `${starts.run.ms.toFixed(1)} ms vs ${starts.node.ms.toFixed(1)} ms`,
      ratio: starts.run.ratio,
    },
    {
      name: 'cli: `zcloud projects list` against the local emulator vs `node -e 0` (for reading)',
      value: `${api.zcloud.ms.toFixed(1)} ms vs ${api.node.ms.toFixed(1)} ms (bare node with one fetch: ${api.fetch.ratio.toFixed(2)} x)`,
      ratio: api.zcloud.ratio,
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
