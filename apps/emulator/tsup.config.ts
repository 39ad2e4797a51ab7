import { defineConfig } from 'tsup';

// Types from @zcloud/core are erased at build time, so the emulator ships with no runtime dependency.
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: true,
  },
  { entry: ['src/bin.ts'], format: ['esm'], target: 'node20', banner: { js: '#!/usr/bin/env node' } },
]);
