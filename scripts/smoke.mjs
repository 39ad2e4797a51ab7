// Packed-tarball smoke test: pack every published package as it would be published, install the
// tarballs with npm into an empty folder outside the workspace, then use them as a consumer would:
// import core and node-sdk (ESM and CJS), type-check a consumer file, run `zcloud --version` and
// `zcloud clusters describe` against the Prism mock, and start the emulator from its package.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED } from './published.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const packs = mkdtempSync(join(tmpdir(), 'zcloud-packs-'));
const consumer = mkdtempSync(join(tmpdir(), 'zcloud-consumer-'));
const step = (text) => console.log(`- ${text}`);
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', ...options });

for (const pkg of PUBLISHED)
  run('pnpm', ['pack', '--pack-destination', packs], { cwd: join(root, pkg.dir), stdio: 'ignore' });
const tarballs = readdirSync(packs).map((file) => join(packs, file));
step(`packed ${tarballs.length} packages`);

writeFileSync(
  join(consumer, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
);
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], {
  cwd: consumer,
  stdio: 'inherit',
});
step('installed the tarballs with npm into an empty folder');

run(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `
  const core = await import('@zcloud/core');
  const sdk = await import('@zcloud/node-sdk');
  const emu = await import('@zcloud/emulator');
  if (typeof core.createCoreClient !== 'function' || typeof sdk.ZillizCloud !== 'function' || typeof emu.startEmulator !== 'function') process.exit(1);
  if (!(new sdk.ConflictError({ code: 40013, serverMessage: 'x', httpStatus: 200, requestId: undefined, operationId: 'x' }) instanceof core.APIError)) process.exit(2);
`,
  ],
  { cwd: consumer },
);
step('ESM: import @zcloud/core, @zcloud/node-sdk, @zcloud/emulator');
run(
  process.execPath,
  [
    '-e',
    `
  const { ZillizCloud } = require('@zcloud/node-sdk');
  const { baseUrlForRegion } = require('@zcloud/core');
  if (typeof ZillizCloud !== 'function' || baseUrlForRegion('ali-cn-hangzhou') !== 'https://api.cloud.zilliz.com.cn') process.exit(1);
  require('@zcloud/openapi/openapi.json');
`,
  ],
  { cwd: consumer },
);
step('CJS: require @zcloud/core, @zcloud/node-sdk, @zcloud/openapi');

writeFileSync(
  join(consumer, 'consumer.ts'),
  `
import { ZillizCloud, type Cluster, type CreateResult, ConflictError } from '@zcloud/node-sdk';
import { createCoreClient, unwrap } from '@zcloud/core';
const zc = new ZillizCloud({ apiKey: 'k' });
export async function main(): Promise<string> {
  const created: CreateResult = await zc.clusters.createServerless({ clusterName: 'a', projectId: 'proj-ab', regionId: 'gcp-us-west1' });
  const cluster: Cluster = await zc.clusters.waitFor(created.clusterId);
  const core = createCoreClient({ apiKey: 'k' });
  const projects = await unwrap('listProjects', core.GET('/v2/projects'));
  const n: number = projects[0]?.instanceCount ?? 0;
  return cluster.status + n + String(ConflictError.name);
}
`,
);
writeFileSync(
  join(consumer, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      types: [],
    },
    files: ['consumer.ts'],
  }),
);
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
run(process.execPath, [tsc, '-p', consumer], { cwd: consumer, stdio: 'inherit' });
step('type-checked a consumer file against the installed packages');

const zcloud = join(consumer, 'node_modules', '.bin', 'zcloud');
const version = run(zcloud, ['--version'], { cwd: consumer }).trim();
if (!/^\d+\.\d+\.\d+/.test(version)) throw new Error(`zcloud --version printed ${version}`);
step(`zcloud --version: ${version}`);

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const prismPkg = createRequire(join(root, 'spec', 'package.json')).resolve(
  '@stoplight/prism-cli/package.json',
);
const prism = spawn(
  process.execPath,
  [
    join(prismPkg, '..', 'dist', 'index.js'),
    'mock',
    join(consumer, 'node_modules/@zcloud/openapi/openapi.yaml'),
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
  ],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
try {
  await new Promise((resolve, reject) => {
    let out = '';
    prism.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Prism is listening')) resolve();
    });
    prism.once('exit', () => reject(new Error(`Prism exited: ${out}`)));
  });
  const described = JSON.parse(
    run(zcloud, ['clusters', 'describe', 'in05-bfee098389ca970', '-o', 'json'], {
      cwd: consumer,
      env: {
        PATH: process.env.PATH,
        ZILLIZ_API_KEY: 'smoke-key',
        ZCLOUD_BASE_URL: `http://127.0.0.1:${port}`,
        ZCLOUD_CONFIG_DIR: consumer,
      },
    }),
  );
  if (described.status !== 'RUNNING')
    throw new Error(`unexpected describe output ${JSON.stringify(described)}`);
  step('zcloud clusters describe against the Prism mock of the published spec');
} finally {
  prism.kill();
}
const emulatorHelp = run(join(consumer, 'node_modules', '.bin', 'zcloud-emulator'), ['--help'], {
  cwd: consumer,
});
if (!emulatorHelp.includes('zcloud-emulator')) throw new Error('zcloud-emulator --help failed');
step('zcloud-emulator --help');
console.log('smoke test passed');
