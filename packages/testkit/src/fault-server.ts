import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What the server does with one request. */
export type FaultAction =
  /** Answer normally (after an optional delay). An object body is sent as JSON. */
  | { status?: number; headers?: Record<string, string>; body?: string | object; delayMs?: number }
  /** Read the request, then close the connection without answering. */
  | { drop: true }
  /** Send the status, headers and the first `bytes` of the body, then reset the connection. */
  | { truncate: { status?: number; headers?: Record<string, string>; body: string; bytes: number } }
  /** Never answer (until the server closes). */
  | { hang: true };

export type FaultScript = (request: RecordedRequest, index: number) => FaultAction | Promise<FaultAction>;

export interface FaultServer {
  url: string;
  /** Every request that reached the server, in order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 whose every answer is scripted: statuses, headers, raw bodies,
 * delays, dropped and reset connections, hangs. Tests count what reached it.
 */
export async function startFaultServer(script: FaultScript): Promise<FaultServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString(),
    };
    requests.push(recorded);
    const action = await script(recorded, requests.length - 1);
    await perform(action, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function perform(action: FaultAction, res: ServerResponse): Promise<void> {
  if ('hang' in action) return;
  if ('drop' in action) {
    res.socket?.destroy();
    return;
  }
  if ('truncate' in action) {
    const { status = 200, headers = {}, body, bytes } = action.truncate;
    // Announce the full length so the client knows the body was cut short.
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      ...headers,
    });
    res.write(body.slice(0, bytes), () => res.socket?.destroy());
    return;
  }
  if (action.delayMs) await new Promise((resolve) => setTimeout(resolve, action.delayMs));
  const body = typeof action.body === 'string' ? action.body : JSON.stringify(action.body ?? {});
  res.writeHead(action.status ?? 200, {
    'content-type': typeof action.body === 'string' ? 'text/plain' : 'application/json',
    ...action.headers,
  });
  res.end(body);
}
