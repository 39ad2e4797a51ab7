import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.js';
import { SPEC_PATH } from './paths.js';

export interface PrismServer {
  url: string;
  /** Everything Prism printed, for diagnosing a failed test. */
  output(): string;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

function prismBin(): string {
  const pkgPath = require.resolve('@stoplight/prism-cli/package.json');
  const pkg = require(pkgPath) as { bin: Record<string, string> | string };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : (pkg.bin.prism ?? Object.values(pkg.bin)[0]);
  return join(dirname(pkgPath), bin as string);
}

/**
 * Starts the real Prism with `mock` (serving the spec's examples) or `proxy` (checking an upstream's
 * answers against the spec), on a free port, and resolves once it listens. `--errors` makes every
 * contract violation an error response, so a test cannot pass over one.
 */
export async function startPrism(
  options: { specPath?: string; upstream?: string; timeoutMs?: number } = {},
): Promise<PrismServer> {
  const port = await freePort();
  const spec = options.specPath ?? SPEC_PATH;
  const args = options.upstream
    ? ['proxy', spec, options.upstream, '--errors', '--port', String(port), '--host', '127.0.0.1']
    : ['mock', spec, '--errors', '--port', String(port), '--host', '127.0.0.1'];
  const child = spawn(process.execPath, [prismBin(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  await new Promise<void>((resolve, reject) => {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const timer = setTimeout(
      () => fail(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = () => {
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`Prism exited with code ${code}:\n${output}`)));
  });

  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    close: () => stop(child),
  };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
