// Builds dist/zcloud.cjs: one file with everything inside (the SDK, commander, YAML, JMESPath,
// prompts), so nothing is resolved at start-up and nothing but this package is installed.
// - CommonJS: the Node built-ins needed only by prompts and spinners are required when first used,
//   where an ES module bundle would hoist their imports to the top and load them at every start.
// - Heavy libraries are imported lazily in the source, so commands that do not use them never
//   evaluate them.
// - commander loads child_process only for executable subcommands, which zcloud does not have; a
//   stand-in saves loading it (and net and stream) at every start.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const childProcessStub = new URL('./build/child-process-stub.cjs', import.meta.url).pathname;

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { zcloud: 'src/index.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  define: { __ZCLOUD_CLI_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  plugins: [
    {
      name: 'stub-child-process',
      setup(builder) {
        builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
          args.importer.includes('commander') ? { path: childProcessStub } : undefined,
        );
      },
    },
  ],
});
