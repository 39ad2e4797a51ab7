export { commandPaths } from './command-paths.js';
export { EXIT_CODES } from './exit-codes.js';
export type { Io } from './io.js';
export { main, run } from './main.js';
