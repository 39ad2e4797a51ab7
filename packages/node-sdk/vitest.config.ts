import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  define: { __ZCLOUD_SDK_VERSION__: JSON.stringify(version) },
  test: { include: ['src/**/*.test.ts', 'test/*.test.ts'], testTimeout: 20_000, hookTimeout: 30_000 },
});
