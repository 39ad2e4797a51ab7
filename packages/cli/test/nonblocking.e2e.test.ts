// zcloud writes to its descriptors directly (src/io.ts). Once something in the process has built
// Node's stream over a pipe (a preloaded module, say), the descriptor is non-blocking and a full
// pipe answers EAGAIN: the rest must go through Node's stream, whole and in order, however slowly
// the reader reads.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@zcloud/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, PROJECT } from './helpers.js';

let emulator: Emulator;
const KEY = 'nonblocking-key-0123456789';
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, apiKeys: [KEY] });
  // Enough clusters that the listing (about 120 kB of JSON) overflows a 64 kB pipe several times.
  for (let i = 0; i < 250; i++) {
    const response = await fetch(`${emulator.url}/v2/clusters/createServerless`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clusterName: `bulk-${i}`, projectId: PROJECT, regionId: 'gcp-us-west1' }),
    });
    expect(((await response.json()) as { code: number }).code).toBe(0);
  }
});
afterAll(async () => {
  await emulator?.close();
});

describe('zcloud writing to a non-blocking pipe', () => {
  it('delivers a large result whole to a reader that starts late', async () => {
    const preload = join(mkdtempSync(join(tmpdir(), 'zcloud-preload-')), 'touch-stdout.cjs');
    writeFileSync(preload, 'process.stdout;\n');
    const zcloud = [process.execPath, '--require', preload, BIN, 'clusters', 'list', '--all', '-o', 'json']
      .map((word) => `'${word}'`)
      .join(' ');
    // The reader starts a second late: by then the 64 kB pipe is full and the rest waits for it.
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const shell = spawn('bash', ['-c', `set -o pipefail; ${zcloud} | (sleep 1; cat)`], {
        env: cleanEnv({ ZILLIZ_API_KEY: KEY, ZCLOUD_BASE_URL: emulator.url }),
      });
      let stdout = '';
      let stderr = '';
      shell.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      shell.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      shell.on('close', (code) => resolve({ code, stdout, stderr }));
    });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100_000);
    const clusters = JSON.parse(result.stdout);
    expect(clusters.map((c: { clusterName: string }) => c.clusterName).sort()).toEqual(
      Array.from({ length: 250 }, (_, i) => `bulk-${i}`).sort(),
    );
  });
});
