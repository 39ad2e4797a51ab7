import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/zcloud.cjs', import.meta.url));
export const PROJECT = 'proj-4487580fcfe2c8a4391686';

/** `zcloud clusters create-serverless` for a named cluster in PROJECT and gcp-us-west1, then `more`. */
export const createArgs = (name: string, ...more: string[]) => [
  'clusters',
  'create-serverless',
  '--name',
  name,
  '--project',
  PROJECT,
  '--region',
  'gcp-us-west1',
  ...more,
];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A clean environment: no inherited keys or settings, a fresh config directory. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: mkdtempSync(join(tmpdir(), 'zcloud-home-')),
    ZCLOUD_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'zcloud-config-')),
    NO_COLOR: '1',
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/** Starts the built binary. */
export function spawnCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs the built binary to its end. */
export function runCli(args: string[], env: Record<string, string>, input = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin?.end(input);
  });
}

/** Resolves when the child's stderr has printed something matching. */
export function waitForStderr(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`stderr never matched ${pattern}:\n${seen}`)), timeoutMs);
    child.stderr?.on('data', (chunk) => {
      seen += chunk;
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    });
  });
}

/**
 * A forwarding proxy that adds headers chosen per test (`Prefer: example=...` for Prism), so the
 * real binary can be driven to every example without a test-only flag in the product.
 */
export async function headerProxy(upstream: string) {
  let headers: Record<string, string> = {};
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', upstream);
    const forward = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host, ...headers } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    setHeaders(next: Record<string, string>) {
      headers = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One line on stderr that is an error, and no stack trace. */
export function expectOneErrorLine(stderr: string): string[] {
  const lines = stderr.split('\n').filter((line) => line.startsWith('error:'));
  if (lines.length !== 1) throw new Error(`expected one error line, got:\n${stderr}`);
  if (/\n\s+at /.test(stderr)) throw new Error(`stack trace on stderr:\n${stderr}`);
  return lines;
}
