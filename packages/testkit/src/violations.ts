/**
 * A fetch for clients pointed at Prism (mock or proxy): it can adjust each request (add a `Prefer`
 * header, strip the token) and records every contract violation Prism reports in `sl-violations`.
 */
export function violationRecorder(adjust: (request: Request) => Request | undefined = () => undefined) {
  const violations: string[] = [];
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const original = new Request(input, init);
    const request = adjust(original) ?? original;
    const response = await fetch(request);
    const reported = response.headers.get('sl-violations');
    if (reported) violations.push(`${request.method} ${new URL(request.url).pathname}: ${reported}`);
    return response;
  };
  return {
    fetch: fetchImpl as typeof globalThis.fetch,
    violations,
    /** The violations recorded so far, emptying the record. */
    take(): string[] {
      return violations.splice(0, violations.length);
    },
  };
}
