import type { Middleware } from 'openapi-fetch';
import { UnexpectedResponseError } from '../errors.js';
import { operationRoutes } from '../generated/operations.gen.js';
import { requestIdOf } from '../request-id.js';

/**
 * Every answer of this API is a JSON envelope. Gateways and proxies answer HTML or nothing, and a
 * dropped connection truncates JSON: turn those into an UnexpectedResponseError that keeps the
 * status and an excerpt, instead of letting a JSON parse error escape. A server that echoes the
 * key (in an error message, say) must not put it into our errors: it is masked in the body.
 */
export function jsonBodyMiddleware(apiKey: string): Middleware {
  return {
    async onResponse({ response, request, schemaPath }) {
      const received = await response.text();
      const text = received.includes(apiKey) ? received.split(apiKey).join('[redacted]') : received;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        const unexpected = (reason: string) =>
          new UnexpectedResponseError({
            httpStatus: response.status,
            body: text,
            requestId: requestIdOf(response.headers),
            operationId: (operationRoutes as Record<string, string>)[`${request.method} ${schemaPath}`],
            headers: response.headers,
            reason,
          });
        if (text.trim() === '') throw unexpected('an empty body');
        const html = /^\s*</.test(text) || (response.headers.get('content-type') ?? '').includes('html');
        throw unexpected(
          html ? 'an HTML page instead of JSON' : 'a body that is not valid JSON (truncated?)',
        );
      }
      return parsedResponse(text, value, response);
    },
  };
}

/**
 * The answer, already read and parsed, handed on to openapi-fetch without a body stream: it asks
 * for `json()` (or `text()`) and gets what was parsed here, so nothing is read or parsed twice.
 * Defined on first use: touching the global Response at import time would load Node's fetch
 * implementation eagerly and slow every start-up.
 */
function parsedResponse(text: string, value: unknown, from: Response): Response {
  ParsedResponse ??= class extends Response {
    readonly #text: string;
    readonly #value: unknown;

    constructor(text: string, value: unknown, from: Response) {
      super(null, { status: from.status, statusText: from.statusText, headers: from.headers });
      this.#text = text;
      this.#value = value;
    }

    override text = (): Promise<string> => Promise.resolve(this.#text);
    override json = (): Promise<unknown> => Promise.resolve(this.#value);
  };
  return new ParsedResponse(text, value, from);
}
let ParsedResponse: (new (text: string, value: unknown, from: Response) => Response) | undefined;
