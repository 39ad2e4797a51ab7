// Builds dist/zcloud.cjs: one file with everything a command line starts with (the SDK, commander,
// the commands), so nothing is resolved at start-up and nothing but this package is installed.
// - CommonJS: the Node built-ins needed only by prompts and spinners are required when first used,
//   where an ES module bundle would hoist their imports to the top and load them at every start.
// - The libraries only some runs need (YAML, JMESPath, tables, prompts, the spinner) are the
//   modules of src/lazy/. Each is built into dist/lazy/ and required by the bundle when first
//   used: kept inside the bundle they would be read and deserialized at every start, a third of it.
// - The bundle's first line names its build (a hash of its content): the bin shim keys its compile
//   cache by it, so a rebuilt bundle never meets a cache made for another, with no stat at start.
// - commander loads child_process only for executable subcommands, which zcloud does not have; a
//   stand-in saves loading it (and net and stream) at every start.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const childProcessStub = new URL('./build/child-process-stub.cjs', import.meta.url).pathname;
const lazyModules = readdirSync(new URL('./src/lazy/', import.meta.url)).filter((f) => f.endsWith('.ts'));

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  outExtension: { '.js': '.cjs' },
};

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { zcloud: 'src/index.ts' },
    outdir: 'dist',
    define: { __ZCLOUD_CLI_VERSION__: JSON.stringify(version) },
    plugins: [
      {
        name: 'zcloud',
        setup(builder) {
          builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
            args.importer.includes('commander') ? { path: childProcessStub } : undefined,
          );
          // `import('./lazy/yaml.js')` loads dist/lazy/yaml.cjs, next to the bundle, through a
          // `require` (a dynamic `import()` would need the ES module loader, which costs more).
          builder.onResolve({ filter: /\/lazy\/[\w-]+\.js$/ }, (args) => ({
            path: basename(args.path, '.js'),
            namespace: 'lazy',
          }));
          builder.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
            contents: `module.exports = require('./lazy/${args.path}.cjs');`,
            loader: 'js',
          }));
          builder.onResolve({ filter: /^\.\/lazy\/[\w-]+\.cjs$/ }, (args) => ({
            path: args.path,
            external: true,
          }));
        },
      },
    ],
  }),
  build({
    ...common,
    entryPoints: lazyModules.map((file) => `src/lazy/${file}`),
    outdir: 'dist/lazy',
  }),
]);

const bundleFile = new URL('./dist/zcloud.cjs', import.meta.url);
const code = readFileSync(bundleFile, 'utf8');
const buildId = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeFileSync(bundleFile, `// zcloud build ${buildId}\n${code}`);
