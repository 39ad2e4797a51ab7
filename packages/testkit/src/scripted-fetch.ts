/** Answers one request; `index` counts the requests this route has seen. */
export type FetchHandler = (request: Request, index: number) => Response | Promise<Response>;

export interface ScriptedFetch {
  fetch: typeof globalThis.fetch;
  /** Every request, in order, as `METHOD /path?query`. */
  calls: string[];
  requests: Request[];
  /** How many requests a route (`METHOD /path`, no query) received. */
  count(route: string): number;
}

/**
 * An injectable fetch scripted per route (`METHOD /path`): each route answers with its handlers in
 * order and repeats the last one. Unscripted routes fail the test loudly.
 */
export function scriptedFetch(routes: Record<string, FetchHandler | FetchHandler[]>): ScriptedFetch {
  const seen = new Map<string, number>();
  const calls: string[] = [];
  const requests: Request[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const route = `${request.method} ${url.pathname}`;
    calls.push(`${route}${url.search}`);
    requests.push(request);
    const script = routes[route];
    if (!script) throw new Error(`scriptedFetch: no script for ${route}`);
    const handlers = Array.isArray(script) ? script : [script];
    const index = seen.get(route) ?? 0;
    seen.set(route, index + 1);
    const handler = handlers[Math.min(index, handlers.length - 1)] as FetchHandler;
    return handler(request, index);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, requests, count: (route) => seen.get(route) ?? 0 };
}

/** A JSON response. */
export const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}): FetchHandler =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

/** Never answers; rejects when the request's signal aborts, as fetch does. */
export const hang: FetchHandler = (request) =>
  new Promise((_, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });

/** Fails as undici does when the connection breaks, with a system error code in `cause`. */
export const networkError =
  (code: 'ECONNRESET' | 'ECONNREFUSED' | 'ENOTFOUND' | 'EPIPE'): FetchHandler =>
  () => {
    throw new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
  };
