import { fileURLToPath } from 'node:url';

/** The contract every test serves and checks against. */
export const SPEC_PATH = fileURLToPath(new URL('../../../spec/openapi.yaml', import.meta.url));
