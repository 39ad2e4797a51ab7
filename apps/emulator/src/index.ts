export type { FaultOptions } from './faults.js';
export { FREE_REGIONS, SERVERLESS_REGIONS } from './seed.js';
export { type Emulator, type EmulatorOptions, startEmulator } from './server.js';
