import { parseArgs } from 'node:util';
import { parseDuration } from '@zcloud/core';
import { startEmulator } from './server.js';

const HELP = `zcloud-emulator: a local Zilliz Cloud control plane (serverless cluster lifecycle)

Usage: zcloud-emulator [options]

Options:
  --host HOST              interface to listen on (default 127.0.0.1)
  --port PORT              port (default 4011; 0 picks a free one)
  --create-delay DURATION  how long a new cluster stays CREATING (default 3s)
  --delete-delay DURATION  how long a dropped cluster stays DELETING (default 2s)
  --api-key KEY            accept this API key (repeatable; default: a random key, printed)
  --data-file FILE         keep state in FILE across restarts
  --latency DURATION       add latency to every answer
  --unavailable-rate R     answer this share of requests (0..1) with 503
  --rate-limit-every N     answer every N-th request with 429 and Retry-After
  --drop-after-apply-rate R  apply this share of requests, then drop the connection
  -h, --help               show this help

Per request, the header x-zcloud-fault: latency=MS | 503 | 429 | drop-after-apply injects a fault.`;

function fail(message: string): never {
  console.error(`zcloud-emulator: ${message}\nRun zcloud-emulator --help for the options.`);
  process.exit(2);
}

function duration(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value);
  if (ms === undefined)
    fail(`--${name} ${JSON.stringify(value)} is not a duration: use e.g. 500ms, 3s or 2m.`);
  return ms;
}

function rate(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) fail(`--${name} must be a number from 0 to 1, not ${JSON.stringify(value)}.`);
  return n;
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'create-delay': { type: 'string' },
      'delete-delay': { type: 'string' },
      'api-key': { type: 'string', multiple: true },
      'data-file': { type: 'string' },
      latency: { type: 'string' },
      'unavailable-rate': { type: 'string' },
      'rate-limit-every': { type: 'string' },
      'drop-after-apply-rate': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}
try {
  parsed = parse();
} catch (error) {
  fail((error as Error).message);
}
const { values } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const port = values.port === undefined ? 4011 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number, not ${JSON.stringify(values.port)}.`);
const every = values['rate-limit-every'] === undefined ? undefined : Number(values['rate-limit-every']);
if (every !== undefined && !(Number.isInteger(every) && every > 0))
  fail('--rate-limit-every must be a whole number above 0.');

try {
  const emulator = await startEmulator({
    port,
    ...(values.host && { host: values.host }),
    ...(values['api-key'] && { apiKeys: values['api-key'] }),
    ...(values['data-file'] && { dataFile: values['data-file'] }),
    createDelayMs: duration('create-delay', values['create-delay']) ?? 3_000,
    deleteDelayMs: duration('delete-delay', values['delete-delay']) ?? 2_000,
    faults: {
      latencyMs: duration('latency', values.latency) ?? 0,
      unavailableRate: rate('unavailable-rate', values['unavailable-rate']) ?? 0,
      dropAfterApplyRate: rate('drop-after-apply-rate', values['drop-after-apply-rate']) ?? 0,
      ...(every && { rateLimitEvery: every }),
    },
  });
  console.log(`zcloud-emulator listening on ${emulator.url}`);
  console.log(`API key: ${emulator.apiKey}`);
  console.log(`Try: ZCLOUD_BASE_URL=${emulator.url} ZILLIZ_API_KEY=${emulator.apiKey} zcloud clusters list`);
  const stop = () => {
    emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as { code?: string }).code;
  fail(
    code === 'EADDRINUSE'
      ? `port ${port} is in use: pass --port with another port, or 0 for a free one.`
      : (error as Error).message,
  );
}
