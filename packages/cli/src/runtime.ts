// Everything a command needs once it runs: its handler, the context it runs with (options,
// credentials, output, the SDK) and the reporting of its failures. Help, --version, completion
// scripts and usage errors need none of it, so the build makes it a file of its own
// (dist/runtime.cjs), loaded when a command runs. Elsewhere these modules are imported for their
// types only; the build fails if one of them ends up in both files (its classes would exist twice).
export * as auth from './commands/auth.js';
export * as cloudsList from './commands/clouds-list.js';
export * as clustersCreate from './commands/clusters-create.js';
export * as clustersDescribe from './commands/clusters-describe.js';
export * as clustersDrop from './commands/clusters-drop.js';
export * as clustersList from './commands/clusters-list.js';
export * as clustersWait from './commands/clusters-wait.js';
export * as config from './commands/config.js';
export * as projectsList from './commands/projects-list.js';
export * as regionsList from './commands/regions-list.js';
export { CliContext } from './context.js';
export { reportFailure } from './failure.js';
