// The published packages, and which of them ship type declarations.
export const PUBLISHED = [
  { dir: 'spec', name: '@zcloud/openapi', types: false },
  { dir: 'packages/core', name: '@zcloud/core', types: true },
  { dir: 'packages/node-sdk', name: '@zcloud/node-sdk', types: true },
  { dir: 'packages/cli', name: '@zcloud/cli', types: false },
  { dir: 'apps/emulator', name: '@zcloud/emulator', types: true },
];
