// Builds the zcloud CLI into dist/, files that need nothing from node_modules at run time:
// - dist/zcloud.cjs, what every command line starts with: commander and the command definitions.
//   Enough for help, --version, completion scripts and usage errors.
// - dist/runtime.cjs (src/runtime.ts), what a command needs once it runs: its handler, the SDK,
//   output and error reporting. Required when a command runs.
// - dist/lazy/, the libraries only some runs need (YAML, JMESPath, tables, prompts, the spinner),
//   each required when first used.
// Kept in one file they would all be read and deserialized at every start. The bin shim caches
// the compiled code of each (see bin/zcloud.cjs).
// - CommonJS: the Node built-ins needed only by prompts and spinners are required when first used,
//   where an ES module bundle would hoist their imports to the top and load them at every start.
// - The first line of dist/zcloud.cjs names the build (a hash of every file built): the bin shim
//   keys its compile caches by it, so rebuilt code never meets a cache made for another build,
//   with no stat at start.
// - A module in both zcloud.cjs and runtime.cjs would exist twice at run time: twice an error
//   class fails `instanceof`. The build fails if any but a few listed ones are in both.
// - commander loads child_process only for executable subcommands, which zcloud does not have; a
//   stand-in saves loading it (and net and stream) at every start.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Modules both files may hold: no error classes, nothing an object from the other file is compared
 * with. The start file prints usage errors and help through its own Output.
 */
const SHARED = new Set([
  'src/io.ts',
  'src/output.ts',
  'src/colors.ts',
  'src/formats.ts',
  'src/config-keys.ts',
  'src/exit-codes.ts',
]);

/** `import('./runtime.js')` and `import('./lazy/yaml.js')` become requires of the built files. */
const zcloudPlugin = {
  name: 'zcloud',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('commander') ? { path: childProcessStub } : undefined,
    );
    // A `require` of the file next to the bundle: a dynamic `import()` would need the ES module
    // loader, which costs more.
    builder.onResolve({ filter: /^\.\/(runtime|lazy\/[\w-]+)\.js$/ }, (args) => ({
      path: args.path.slice(2, -'.js'.length),
      namespace: 'deferred',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => ({
      contents: `module.exports = require('./${args.path}.cjs');`,
      loader: 'js',
    }));
    builder.onResolve({ filter: /^\.\/(runtime|lazy\/[\w-]+)\.cjs$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
const [start, runtime] = await Promise.all(
  [{ zcloud: 'src/index.ts' }, { runtime: 'src/runtime.ts' }].map((entryPoints) =>
    build({
      ...common,
      entryPoints,
      outdir: 'dist',
      metafile: true,
      define: { __ZCLOUD_CLI_VERSION__: JSON.stringify(version) },
      plugins: [zcloudPlugin],
    }),
  ),
);
await build({
  ...common,
  entryPoints: lazyModules.map((file) => `src/lazy/${file}`),
  outdir: 'dist/lazy',
});

const sources = (result) => Object.keys(result.metafile.inputs).filter((input) => input.startsWith('src/'));
const twice = sources(start).filter((input) => sources(runtime).includes(input) && !SHARED.has(input));
if (twice.length > 0) {
  process.stderr.write(
    `build: ${twice.join(', ')} would be in both dist/zcloud.cjs and dist/runtime.cjs; import it only through src/runtime.ts.\n`,
  );
  process.exit(1);
}

const dist = new URL('./dist/', import.meta.url);
const files = readdirSync(dist, { recursive: true })
  .filter((file) => file.endsWith('.cjs'))
  .sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(new URL(file, dist)));
const bundleFile = new URL('zcloud.cjs', dist);
writeFileSync(
  bundleFile,
  `// zcloud build ${hash.digest('hex').slice(0, 16)}\n${readFileSync(bundleFile, 'utf8')}`,
);
