// Bundle sizes: what each package's main output weighs minified (ESM for the libraries; for the CLI,
// the file every run loads, and everything it ships).
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export async function benchSizes() {
  const { build } = await import('esbuild');
  const minified = async (path) => {
    const result = await build({
      entryPoints: [file(path)],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'node',
      external: ['openapi-fetch'],
      logLevel: 'silent',
    });
    return result.outputFiles[0].contents.length / 1024;
  };
  const core = await minified('packages/core/dist/index.js');
  const coreAndSdk = await minified('packages/node-sdk/dist/index.js');
  const cli = statSync(file('packages/cli/dist/zcloud.cjs')).size / 1024;
  const runtime = statSync(file('packages/cli/dist/runtime.cjs')).size / 1024;
  const lazyDir = file('packages/cli/dist/lazy');
  const lazy =
    readdirSync(lazyDir).reduce((sum, name) => sum + statSync(`${lazyDir}/${name}`).size, 0) / 1024;
  return [
    {
      name: 'size: @zcloud/core, ESM minified (kB)',
      value: `${core.toFixed(1)} kB`,
      ratio: core,
      target: 10.5,
      unit: 'kB',
    },
    {
      name: 'size: @zcloud/core + @zcloud/node-sdk, ESM minified (kB; the issue asked 15)',
      value: `${coreAndSdk.toFixed(1)} kB`,
      ratio: coreAndSdk,
      target: 15,
      unit: 'kB',
    },
    {
      name: 'size: the zcloud CLI file every run loads (kB; the rest loads when a command needs it)',
      value: `${cli.toFixed(0)} kB (+ ${runtime.toFixed(0)} kB when a command runs, + ${lazy.toFixed(0)} kB of libraries on use)`,
      ratio: cli,
      target: 80,
      unit: 'kB',
    },
  ];
}
