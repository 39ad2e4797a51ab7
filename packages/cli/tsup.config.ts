import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const childProcessStub = fileURLToPath(new URL('./build/child-process-stub.cjs', import.meta.url));

// One file with everything inside (the SDK, commander, YAML, JMESPath, prompts): nothing to resolve
// at start-up, nothing to install but this package. CommonJS, so that the Node built-ins the lazily
// used parts need (readline, tty...) are required when first used instead of hoisted to the top as
// an ES module bundle would; heavy parts are imported lazily so a command that does not render YAML
// or prompt does not evaluate them.
export default defineConfig({
  entry: { zcloud: 'src/index.ts' },
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  noExternal: [/.*/],
  splitting: false,
  minify: true,
  clean: true,
  define: { __ZCLOUD_CLI_VERSION__: JSON.stringify(version) },
  esbuildPlugins: [
    {
      name: 'stub-child-process',
      setup(build) {
        build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
          args.importer.includes('commander') ? { path: childProcessStub } : undefined,
        );
      },
    },
  ],
});
