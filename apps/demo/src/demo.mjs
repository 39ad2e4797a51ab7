// The main job against the Prism mock: create a serverless cluster through @zcloud/core and show it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoreClient, unwrap } from '@zcloud/core';

const require = createRequire(import.meta.url);
const spec = fileURLToPath(new URL('../../../spec/openapi.yaml', import.meta.url));
const prismPkg = require.resolve('@stoplight/prism-cli/package.json');
const prismBin = join(dirname(prismPkg), require(prismPkg).bin.prism);

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

console.log(`Starting the Prism mock of spec/openapi.yaml on http://127.0.0.1:${port} ...`);
const prism = spawn(
  process.execPath,
  [prismBin, 'mock', spec, '--errors', '-p', String(port), '-h', '127.0.0.1'],
  {
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
await new Promise((resolve, reject) => {
  let output = '';
  prism.stdout.on('data', (chunk) => {
    output += chunk;
    if (output.includes('Prism is listening')) resolve();
  });
  prism.once('exit', (code) => reject(new Error(`Prism exited (${code}): ${output}`)));
});

try {
  const client = createCoreClient({ apiKey: 'demo-api-key', baseUrl: `http://127.0.0.1:${port}` });
  const body = {
    clusterName: 'search-prod',
    projectId: 'proj-4487580fcfe2c8a4391686',
    regionId: 'gcp-us-west1',
  };
  console.log(`\n$ POST /v2/clusters/createServerless ${JSON.stringify(body)}`);
  const created = await unwrap(
    'createServerlessCluster',
    client.POST('/v2/clusters/createServerless', { body }),
  );
  console.log(JSON.stringify({ ...created, password: '<shown once: store it now>' }, null, 2));

  console.log(`\n$ GET /v2/clusters/${created.clusterId}`);
  const cluster = await unwrap(
    'describeCluster',
    client.GET('/v2/clusters/{clusterId}', { params: { path: { clusterId: created.clusterId } } }),
  );
  console.log(JSON.stringify(cluster, null, 2));

  console.log('\n$ POST /v2/clusters/createServerless (same name again)');
  await unwrap(
    'createServerlessCluster',
    client.POST('/v2/clusters/createServerless', { body, headers: { Prefer: 'example=duplicateName' } }),
  ).catch((error) => console.log(`${error.name}: ${error.message}`));
} finally {
  prism.kill();
}
