import { CANARY_API_KEY } from '@zcloud/testkit';
import { ZillizCloud } from '../src/index.js';

/** A client for unit tests: the canary key, an injected fetch, no logging, no rate limit. */
export const testClient = (
  fetch: typeof globalThis.fetch,
  options: ConstructorParameters<typeof ZillizCloud>[0] = {},
) =>
  new ZillizCloud({
    apiKey: CANARY_API_KEY,
    baseUrl: 'https://api.test',
    fetch,
    logLevel: 'off',
    maxRequestsPerSecond: 0,
    ...options,
  });
