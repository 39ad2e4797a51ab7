/** The server's request id: `requestid` on the wire (headers are case-insensitive), `x-request-id` as a fallback. */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get('requestid') ?? headers.get('x-request-id') ?? undefined;
}
