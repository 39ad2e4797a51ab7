import { ZillizCloud } from '@zcloud/node-sdk';

export const PROJECT = 'proj-4487580fcfe2c8a4391686';

/** An SDK client that records every contract violation Prism reports, and can add request headers. */
export function recordingClient(
  baseUrl: string,
  apiKey: string,
  options: { validate?: boolean; headers?: Record<string, string> } = {},
) {
  const violations: string[] = [];
  const statuses: number[] = [];
  const client = new ZillizCloud({
    apiKey,
    baseUrl,
    env: {},
    logLevel: 'off',
    maxRequestsPerSecond: 0,
    maxRetries: 0,
    validate: options.validate ?? true,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      for (const [name, value] of Object.entries(options.headers ?? {})) request.headers.set(name, value);
      const response = await fetch(request);
      statuses.push(response.status);
      const reported = response.headers.get('sl-violations');
      if (reported) violations.push(`${request.method} ${new URL(request.url).pathname}: ${reported}`);
      return response;
    },
  });
  return { client, violations, statuses };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
