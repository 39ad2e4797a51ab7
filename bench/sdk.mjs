// node-sdk: per-call overhead of clusters.describe against bare fetch + JSON parse, on the same
// local server, and the cost of importing the package against starting bare node.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ZillizCloud } from '../packages/node-sdk/dist/index.js';
import { interleave, median, timeProcess } from './lib.mjs';

const CLUSTER = JSON.stringify({
  code: 0,
  data: {
    clusterId: 'in05-bfee098389ca970',
    clusterName: 'search-prod',
    projectId: 'proj-4487580fcfe2c8a4391686',
    description: '',
    regionId: 'gcp-us-west1',
    cuType: '',
    plan: 'Serverless',
    status: 'RUNNING',
    connectAddress: 'https://in05-bfee098389ca970.serverless.gcp-us-west1.cloud.zilliz.com',
    privateLinkAddress: '',
    createTime: '2025-02-09T11:14:00Z',
    cuSize: 0,
    storageSize: 0,
    snapshotNumber: 0,
    createProgress: 100,
  },
});

export async function benchSdk() {
  // Process start-ups first, while this process is idle: a live server here skews the children.
  const cwd = fileURLToPath(new URL('../packages/node-sdk/', import.meta.url));
  // A clean environment: variables such as NODE_EXTRA_CA_CERTS slow every node start alike and
  // would flatten the ratio.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  const nodeTimes = [];
  const importTimes = [];
  for (let i = 0; i < 20; i++) {
    nodeTimes.push(timeProcess(process.execPath, ['-e', '0'], { cwd, env }));
    importTimes.push(
      timeProcess(process.execPath, ['--input-type=module', '-e', "await import('@zcloud/node-sdk')"], {
        cwd,
        env,
      }),
    );
  }
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
  const CALLS = 200;
  const bare = async () => {
    for (let i = 0; i < CALLS; i++) {
      const response = await fetch(`${url}/v2/clusters/in05-bfee098389ca970`, {
        headers: { authorization: 'Bearer bench-key', accept: 'application/json' },
      });
      const body = await response.json();
      if (body.code !== 0) throw new Error('bad answer');
    }
  };
  const sdk = async () => {
    for (let i = 0; i < CALLS; i++) await zc.clusters.describe('in05-bfee098389ca970');
  };
  await bare();
  await sdk(); // warm both paths
  const [bareMs, sdkMs] = await interleave([bare, sdk], 15);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));

  return [
    {
      name: 'node-sdk: `clusters.describe` vs bare `fetch` + JSON parse (per call, same local server)',
      value: `${((sdkMs / CALLS) * 1000).toFixed(0)} µs vs ${((bareMs / CALLS) * 1000).toFixed(0)} µs`,
      ratio: sdkMs / bareMs,
      target: 1.15,
    },
    {
      name: 'node-sdk: `import("@zcloud/node-sdk")` vs `node -e 0` (process wall time)',
      value: `${median(importTimes).toFixed(1)} ms vs ${median(nodeTimes).toFixed(1)} ms`,
      ratio: median(importTimes) / median(nodeTimes),
      target: 1.2,
    },
  ];
}
