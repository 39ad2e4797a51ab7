import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { type FaultOptions, planFaults } from './faults.js';
import { newRequestId } from './ids.js';
import { CLOUDS, CREATE_PROMPT, DROP_PROMPT, REGIONS } from './seed.js';
import { type Failure, isFailure, Store } from './store.js';

export interface EmulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 4011; 0 picks a free port. */
  port?: number;
  /** How long a new cluster stays CREATING. Default 3 s. */
  createDelayMs?: number;
  /** How long a dropped cluster stays DELETING before it leaves the list. Default 2 s. */
  deleteDelayMs?: number;
  /** The API keys accepted. Default: one random key, returned as `apiKey`. */
  apiKeys?: string[];
  /** Keep state in this JSON file across restarts. */
  dataFile?: string;
  faults?: FaultOptions;
  /** Larger request bodies are refused with 413. Default 64 KiB. */
  maxBodyBytes?: number;
}

export interface Emulator {
  url: string;
  /** A key the emulator accepts. */
  apiKey: string;
  close(): Promise<void>;
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };
type Handler = (input: { params: string[]; query: URLSearchParams; body: unknown }) => Answer;

const ok = (data: unknown): Answer => ({ status: 200, body: { code: 0, data } });
// Business errors travel on HTTP 200 with a non-zero code, as on the real service.
const failure = (f: Failure, status = 200): Answer => ({
  status,
  body: { code: f.code, message: f.message },
});

/** Starts the emulated control plane on a real HTTP server. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const apiKeys = options.apiKeys?.length ? options.apiKeys : [`emu-${randomBytes(12).toString('hex')}`];
  const store = new Store({
    createDelayMs: options.createDelayMs ?? 3_000,
    deleteDelayMs: options.deleteDelayMs ?? 2_000,
    dataFile: options.dataFile,
  });
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const faults = options.faults ?? {};
  const routes = buildRoutes(store);
  let requestNumber = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug must answer an envelope, never crash the server or hang the client.
      send(res, { status: 500, body: { code: 500, message: `Emulator error: ${(error as Error).message}` } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    requestNumber++;
    const url = new URL(req.url ?? '/', 'http://emulator');
    const plan = planFaults(header(req, 'x-zcloud-fault'), faults, requestNumber);
    const read = await readBody(req, maxBodyBytes);
    if (plan.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, plan.latencyMs));

    const route = match(routes, req.method ?? 'GET', url.pathname);
    if (!route)
      return send(
        res,
        failure({ code: 404, message: `No such operation: ${req.method} ${url.pathname}.` }, 404),
      );
    if (route === 'method') {
      return send(
        res,
        failure({ code: 405, message: `Method ${req.method} is not allowed on ${url.pathname}.` }, 405),
      );
    }
    const key = /^Bearer\s+(.+)$/i.exec(header(req, 'authorization') ?? '')?.[1]?.trim();
    if (!key || !apiKeys.includes(key))
      return send(res, failure({ code: 21119, message: 'The apikey is illegal' }, 401));
    if (plan.reject?.status === 429) {
      return send(res, {
        ...failure({ code: 429, message: 'Too many requests, please retry later.' }, 429),
        headers: { 'retry-after': String(plan.reject.retryAfterSeconds ?? 1) },
      });
    }
    if (plan.reject?.status === 503) {
      return send(
        res,
        failure({ code: 503, message: 'Service temporarily unavailable, please retry later.' }, 503),
      );
    }
    if (read === 'too-large') {
      return send(
        res,
        failure({ code: 413, message: `The request body is larger than ${maxBodyBytes} bytes.` }, 413),
      );
    }
    let body: unknown;
    if (read.length > 0) {
      try {
        body = JSON.parse(read);
      } catch {
        return send(res, failure({ code: 400, message: 'The request body is not valid JSON.' }, 400));
      }
    }
    const answer = route.handler({ params: route.params, query: url.searchParams, body });
    if (plan.dropAfterApply) {
      res.socket?.destroy();
      return;
    }
    send(res, answer);
  }

  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4011, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    apiKey: apiKeys[0] as string,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function buildRoutes(store: Store): Array<{ method: string; path: RegExp; handler: Handler }> {
  const create =
    (plan: 'Serverless' | 'Free'): Handler =>
    ({ body }) => {
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return failure({ code: 400, message: 'The request body must be a JSON object.' }, 400);
      }
      const result = store.create(body as Record<string, unknown>, plan);
      return isFailure(result) ? failure(result) : ok({ ...result, prompt: CREATE_PROMPT });
    };
  return [
    { method: 'POST', path: /^\/v2\/clusters\/createServerless$/, handler: create('Serverless') },
    { method: 'POST', path: /^\/v2\/clusters\/createFree$/, handler: create('Free') },
    {
      method: 'GET',
      path: /^\/v2\/clusters$/,
      handler: ({ query }) => {
        const pageSize = integer(query.get('pageSize'), 10);
        const currentPage = integer(query.get('currentPage'), 1);
        if (pageSize === undefined || pageSize < 1 || pageSize > 100) {
          return failure({ code: 96008, message: 'The pageSize must be between 1 and 100.' });
        }
        if (currentPage === undefined || currentPage < 1) {
          return failure({ code: 96009, message: 'The currentPage must be greater than or equal to 1.' });
        }
        const all = store.list(query.get('region') ?? undefined);
        const clusters = all.slice((currentPage - 1) * pageSize, currentPage * pageSize);
        return ok({ count: all.length, currentPage, pageSize, clusters });
      },
    },
    {
      method: 'GET',
      path: /^\/v2\/clusters\/([^/]+)$/,
      handler: ({ params }) => {
        const result = store.describe(params[0] as string);
        return isFailure(result) ? failure(result) : ok(result);
      },
    },
    {
      method: 'DELETE',
      path: /^\/v2\/clusters\/([^/]+)\/drop$/,
      handler: ({ params }) => {
        const result = store.drop(params[0] as string);
        return isFailure(result) ? failure(result) : ok({ ...result, prompt: DROP_PROMPT });
      },
    },
    { method: 'GET', path: /^\/v2\/projects$/, handler: () => ok(store.projects()) },
    { method: 'GET', path: /^\/v2\/clouds$/, handler: () => ok(CLOUDS) },
    {
      method: 'GET',
      path: /^\/v2\/regions$/,
      handler: ({ query }) => {
        const cloudId = query.get('cloudId');
        if (cloudId !== null && !CLOUDS.some((c) => c.cloudId === cloudId)) {
          return failure({ code: 96000, message: 'Invalid cloudId. Please check the cloud provider id.' });
        }
        return ok(cloudId === null ? REGIONS : REGIONS.filter((r) => r.cloudId === cloudId));
      },
    },
  ];
}

function match(routes: ReturnType<typeof buildRoutes>, method: string, pathname: string) {
  let pathKnown = false;
  for (const route of routes) {
    const found = route.path.exec(pathname);
    if (!found) continue;
    pathKnown = true;
    if (route.method === method)
      return { handler: route.handler, params: found.slice(1).map(decodeURIComponent) };
  }
  return pathKnown ? ('method' as const) : undefined;
}

const integer = (value: string | null, fallback: number) => {
  if (value === null || value === '') return fallback;
  return /^-?\d+$/.test(value) ? Number(value) : undefined;
};

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Reads the body up to a limit; past it, stops reading and says so. */
function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, answer: Answer): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    requestid: newRequestId(),
    ...answer.headers,
  });
  res.end(text);
}
