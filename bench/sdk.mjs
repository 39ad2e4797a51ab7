// node-sdk: per-call overhead of clusters.describe against bare fetch + JSON parse on the same local
// server, and what importing the package adds to starting node, in an npm install of the packed
// packages, as a user has it. Each figure is shown beside what openapi-fetch alone, or a one-line
// package, costs in the same run: the part no client of this design can go below.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZillizCloud } from '../packages/node-sdk/dist/index.js';
import { cleanEnv, compare, runProcess } from './lib.mjs';

const createClient = createRequire(new URL('../packages/core/package.json', import.meta.url))(
  'openapi-fetch',
).default;

// The answer the server gives: the spec's own named example of a RUNNING cluster.
const CLUSTER = JSON.stringify(
  JSON.parse(readFileSync(new URL('../spec/dist/openapi.json', import.meta.url), 'utf8')).components.examples
    .DescribeClusterRunning.value,
);

/** core and node-sdk packed as published, installed with npm into an empty folder, beside a one-line package. */
function installConsumer() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const packs = mkdtempSync(join(tmpdir(), 'zcloud-bench-packs-'));
  for (const dir of ['packages/core', 'packages/node-sdk'])
    execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: join(root, dir), stdio: 'ignore' });
  const consumer = mkdtempSync(join(tmpdir(), 'zcloud-bench-consumer-'));
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...readdirSync(packs).map((f) => join(packs, f)),
    ],
    { cwd: consumer, stdio: 'ignore' },
  );
  const oneLine = join(consumer, 'node_modules', 'one-line');
  mkdirSync(oneLine);
  writeFileSync(
    join(oneLine, 'package.json'),
    JSON.stringify({ name: 'one-line', exports: { import: './index.js', require: './index.cjs' } }),
  );
  writeFileSync(join(oneLine, 'index.js'), 'export const one = 1;\n');
  writeFileSync(join(oneLine, 'index.cjs'), 'exports.one = 1;\n');
  return consumer;
}

export async function benchSdk() {
  // Process start-ups first, while this process is idle: a live server here skews the children.
  const consumer = installConsumer();
  const env = cleanEnv();
  const node = (args) => () => runProcess(process.execPath, args, { cwd: consumer, env });
  const starts = await compare(
    {
      bare: node(['-e', '0']),
      esm: node(['--input-type=module', '-e', "await import('@zcloud/node-sdk')"]),
      esmOneLine: node(['--input-type=module', '-e', "await import('one-line')"]),
      cjs: node(['-e', "require('@zcloud/node-sdk')"]),
      cjsOneLine: node(['-e', "require('one-line')"]),
    },
    30,
  );

  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', requestid: 'bench' });
    res.end(CLUSTER);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const zc = new ZillizCloud({
    apiKey: 'bench-key',
    baseUrl: url,
    maxRequestsPerSecond: 0,
    logLevel: 'off',
    env: {},
  });
  const openapiFetch = createClient({ baseUrl: url, headers: { authorization: 'Bearer bench-key' } });
  const CALLS = 100;
  const calls = (call) => async () => {
    for (let i = 0; i < CALLS; i++) await call();
  };
  const contenders = {
    bare: calls(async () => {
      const response = await fetch(`${url}/v2/clusters/in05-bfee098389ca970`, {
        headers: { authorization: 'Bearer bench-key', accept: 'application/json' },
      });
      const body = await response.json();
      if (body.code !== 0) throw new Error('bad answer');
    }),
    openapiFetch: calls(async () => {
      const { data } = await openapiFetch.GET('/v2/clusters/{clusterId}', {
        params: { path: { clusterId: 'in05-bfee098389ca970' } },
      });
      if (data.code !== 0) throw new Error('bad answer');
    }),
    sdk: calls(() => zc.clusters.describe('in05-bfee098389ca970')),
  };
  for (const warm of Object.values(contenders)) await warm();
  const perCall = await compare(contenders, 60);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));

  const us = (ms) => `${((ms / CALLS) * 1000).toFixed(0)} µs`;
  return [
    {
      name: 'node-sdk: `clusters.describe` vs bare `fetch` + JSON parse (per call, same local server)',
      value: `${us(perCall.sdk.ms)} vs ${us(perCall.bare.ms)} (openapi-fetch alone: ${perCall.openapiFetch.ratio.toFixed(2)} x)`,
      ratio: perCall.sdk.ratio,
      target: 1.15,
    },
    {
      name: 'node-sdk: `await import("@zcloud/node-sdk")` vs `node -e 0` (npm install; process wall time)',
      value: `${starts.esm.ms.toFixed(1)} ms vs ${starts.bare.ms.toFixed(1)} ms (a one-line package: ${starts.esmOneLine.ratio.toFixed(2)} x)`,
      ratio: starts.esm.ratio,
      target: 1.2,
    },
    {
      name: 'node-sdk: `require("@zcloud/node-sdk")` vs `node -e 0` (npm install; process wall time)',
      value: `${starts.cjs.ms.toFixed(1)} ms vs ${starts.bare.ms.toFixed(1)} ms (a one-line package: ${starts.cjsOneLine.ratio.toFixed(2)} x)`,
      ratio: starts.cjs.ratio,
      target: 1.2,
    },
  ];
}
