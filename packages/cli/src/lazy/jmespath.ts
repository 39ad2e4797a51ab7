// Loaded on demand (see build.mjs): only `--query` needs it.
export { compile, search } from '@jmespath-community/jmespath';
