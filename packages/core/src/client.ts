import createClient, { type Client } from 'openapi-fetch';
import { GLOBAL_BASE_URL } from './base-url.js';
import { ValidationError } from './errors.js';
import type { paths } from './generated/schema.gen.js';
import { jsonBodyMiddleware } from './middleware/json-body.js';
import { VERSION } from './version.js';

export type CoreClient = Client<paths>;

export interface CoreClientOptions {
  /** A Zilliz Cloud API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** Defaults to the global site, https://api.cloud.zilliz.com. */
  baseUrl?: string;
  /** A fetch implementation (tests, proxies, instrumentation). Defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Prepended to the user agent, e.g. `@zcloud/node-sdk/1.2.0`. */
  userAgent?: string;
}

export const CORE_USER_AGENT = `@zcloud/core/${VERSION} node/${globalThis.process?.version ?? 'unknown'}`;

/** An openapi-fetch client for the spec's operations, with auth, headers and body checks installed. */
export function createCoreClient(options: CoreClientOptions): CoreClient {
  const apiKey = checkApiKey(options.apiKey);
  const baseUrl = checkBaseUrl(options.baseUrl ?? GLOBAL_BASE_URL);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const userAgent = options.userAgent ? `${options.userAgent} ${CORE_USER_AGENT}` : CORE_USER_AGENT;
  const client = createClient<paths>({
    baseUrl,
    // Resolved per call so that a fetch replaced after construction (instrumentation) is honoured.
    fetch: (request) => fetchImpl(request),
    // Given here, they are part of the request as it is built (openapi-fetch adds Content-Type for
    // JSON bodies); setting them later, in a middleware, costs a Headers update per header per call.
    headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json', 'User-Agent': userAgent },
  });
  client.use(jsonBodyMiddleware(apiKey));
  return client;
}

// A key with whitespace or control characters would make fetch throw an error naming the header
// value; reject it here with a message that does not repeat the key.
function checkApiKey(apiKey: unknown): string {
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new ValidationError(
      'An API key is required: pass apiKey (create one in the Zilliz Cloud console).',
      {
        field: 'apiKey',
      },
    );
  }
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new ValidationError(
      'The API key contains spaces, line breaks or non-ASCII characters: copy it again without them.',
      { field: 'apiKey' },
    );
  }
  return apiKey;
}

function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ValidationError(`Invalid base URL ${JSON.stringify(baseUrl)}: give an absolute http(s) URL.`, {
      field: 'baseUrl',
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ValidationError(
      `Invalid base URL ${JSON.stringify(baseUrl)}: only http and https are supported.`,
      {
        field: 'baseUrl',
      },
    );
  }
  return baseUrl.replace(/\/+$/, '');
}
