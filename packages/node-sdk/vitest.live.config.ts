import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Only the read-only checks against the real service; never part of `pnpm test`.
export default defineConfig({
  define: { __ZCLOUD_SDK_VERSION__: JSON.stringify(version) },
  test: { include: ['test/live/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
});
