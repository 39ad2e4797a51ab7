import type { Middleware } from 'openapi-fetch';

/** Adds the bearer token, JSON content negotiation and the user agent to every request. */
export function headersMiddleware(options: { apiKey: string; userAgent: string }): Middleware {
  const authorization = `Bearer ${options.apiKey}`;
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', authorization);
      request.headers.set('Accept', 'application/json');
      request.headers.set('User-Agent', options.userAgent);
      if (request.body !== null) request.headers.set('Content-Type', 'application/json');
      return request;
    },
  };
}
