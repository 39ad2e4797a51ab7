import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// One file with everything inside (the SDK, commander, YAML, JMESPath, prompts): nothing to resolve
// at start-up, nothing to install but this package. Heavy parts are imported lazily so that a
// command that does not render YAML or prompt does not evaluate them.
export default defineConfig({
  entry: { zcloud: 'src/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  noExternal: [/.*/],
  splitting: false,
  minify: true,
  clean: true,
  define: { __ZCLOUD_CLI_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __zcloudCreateRequire } from 'node:module'; const require = __zcloudCreateRequire(import.meta.url);",
  },
});
