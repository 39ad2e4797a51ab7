import type { Middleware } from 'openapi-fetch';
import { UnexpectedResponseError } from '../errors.js';
import { operationRoutes } from '../generated/operations.gen.js';
import { requestIdOf } from '../request-id.js';

/**
 * Every answer of this API is a JSON envelope. Gateways and proxies answer HTML or nothing, and a
 * dropped connection truncates JSON: turn those into an UnexpectedResponseError that keeps the
 * status and an excerpt, instead of letting a JSON parse error escape.
 */
export const jsonBodyMiddleware: Middleware = {
  async onResponse({ response, request, schemaPath }) {
    const text = maskApiKey(await response.text(), request);
    const details = {
      httpStatus: response.status,
      body: text,
      requestId: requestIdOf(response.headers),
      operationId: (operationRoutes as Record<string, string>)[`${request.method} ${schemaPath}`],
      headers: response.headers,
    };
    if (text.trim() === '') throw new UnexpectedResponseError({ ...details, reason: 'an empty body' });
    try {
      JSON.parse(text);
    } catch {
      const html = /^\s*</.test(text) || (response.headers.get('content-type') ?? '').includes('html');
      throw new UnexpectedResponseError({
        ...details,
        reason: html ? 'an HTML page instead of JSON' : 'a body that is not valid JSON (truncated?)',
      });
    }
    return new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  },
};

/** A server that echoes the key (in an error message, say) must not put it into our errors. */
function maskApiKey(text: string, request: Request): string {
  const key = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
  return key && text.includes(key) ? text.split(key).join('[redacted]') : text;
}
