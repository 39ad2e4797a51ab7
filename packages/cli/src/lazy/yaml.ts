// Loaded on demand (see build.mjs): only `-o yaml` needs it.
export { stringify } from 'yaml';
