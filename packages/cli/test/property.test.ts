// Property: whatever the argument vector, zcloud answers with an exit code from its table, never
// a stack trace, and prints nothing on stdout when it fails. Run in-process (main() with captured
// streams) so that 500 vectors take seconds; commands that reach the API talk to the emulator.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { type Emulator, startEmulator } from '@zcloud/emulator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/exit-codes.js';
import { streamIo } from '../src/io.js';
import { main } from '../src/main.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, createDelayMs: 50, apiKeys: ['prop-key-0123456789'] });
});
afterAll(async () => {
  await emulator?.close();
});

async function runInProcess(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough();
  const err = new PassThrough();
  out.on('data', (chunk) => {
    stdout += chunk;
  });
  err.on('data', (chunk) => {
    stderr += chunk;
  });
  const io = streamIo({
    stdin: Readable.from([]),
    stdout: out,
    stderr: err,
    env: {
      ZILLIZ_API_KEY: 'prop-key-0123456789',
      ZCLOUD_BASE_URL: emulator.url,
      ZCLOUD_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'zcloud-prop-')),
      NO_COLOR: '1',
    },
  });
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const WORDS = [
  'clusters',
  'create-serverless',
  'create-free',
  'describe',
  'list',
  'drop',
  'wait',
  'projects',
  'clouds',
  'regions',
  'auth',
  'login',
  'logout',
  'status',
  'config',
  'get',
  'set',
  'unset',
  'completion',
  'bash',
  'zsh',
  'fish',
  'help',
  '--name',
  '--project',
  '--region',
  '--description',
  '--wait',
  '--wait-timeout',
  '--page-size',
  '--page',
  '--all',
  '--status',
  '--timeout',
  '--cloud',
  '-o',
  '--output',
  'json',
  'yaml',
  'table',
  'xml',
  '--query',
  '[].clusterId',
  '[?',
  '--profile',
  '--base-url',
  '--site',
  'cn',
  'global',
  '--debug',
  '--no-color',
  '-q',
  '-y',
  '--yes',
  '-h',
  '--help',
  '-V',
  'proj-4487580fcfe2c8a4391686',
  'gcp-us-west1',
  'aws-us-east-1',
  'in05-bfee098389ca970',
  'demo',
  'bad name',
  '0',
  '101',
  '-1',
  '5s',
  '1ms',
  'soon',
  'RUNNING',
  'output',
  'region',
  'project',
  '',
  '--',
  '=',
  '--name=x',
];
const CODES = new Set<number>(EXIT_CODES.map((e) => e.code));

describe('any argument vector', () => {
  it('exits with a documented code, no stack trace, nothing on stdout on failure (500 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
            { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
          ),
          {
            maxLength: 7,
          },
        ),
        async (argv) => {
          const { code, stdout, stderr } = await runInProcess(argv);
          expect(CODES.has(code), `exit ${code} for ${JSON.stringify(argv)}`).toBe(true);
          expect(stderr).not.toMatch(/\n\s+at /);
          expect(code).not.toBe(1);
          if (code !== 0) expect(stdout, JSON.stringify(argv)).toBe('');
        },
      ),
      { numRuns: 500 },
    );
  });
});
