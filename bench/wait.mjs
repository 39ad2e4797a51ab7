// The wait loop's detection lag: how long after the emulator turns a cluster RUNNING the SDK
// reports it, and how many requests waiting cost, for a 30 s creation with the default polling.
import { startEmulator } from '../apps/emulator/dist/index.js';
import { ZillizCloud } from '../packages/node-sdk/dist/index.js';

const CREATE_MS = 30_000;

export async function benchWait() {
  const emulator = await startEmulator({ port: 0, createDelayMs: CREATE_MS });
  let requests = 0;
  const zc = new ZillizCloud({
    apiKey: emulator.apiKey,
    baseUrl: emulator.url,
    env: {},
    logLevel: 'off',
    fetch: (input, init) => {
      requests++;
      return fetch(input, init);
    },
  });
  try {
    const started = Date.now();
    const created = await zc.clusters.createServerless({
      clusterName: 'bench-wait',
      projectId: 'proj-4487580fcfe2c8a4391686',
      regionId: 'gcp-us-west1',
    });
    await zc.clusters.waitFor(created.clusterId);
    const lagMs = Date.now() - started - CREATE_MS;
    return [
      {
        name: `wait: detection lag after a ${CREATE_MS / 1000} s creation (ms after RUNNING; ${requests} requests in all)`,
        value: `${lagMs} ms, ${requests} requests`,
        ratio: lagMs / 1000,
        target: 10,
        unit: 's',
      },
    ];
  } finally {
    await emulator.close();
  }
}
