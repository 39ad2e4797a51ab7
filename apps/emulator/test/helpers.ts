import { ZillizCloud } from '@zcloud/node-sdk';
import { violationRecorder } from '@zcloud/testkit';

export const PROJECT = 'proj-4487580fcfe2c8a4391686';

/** An SDK client that records every contract violation Prism reports, and can add request headers. */
export function recordingClient(
  baseUrl: string,
  apiKey: string,
  options: { validate?: boolean; headers?: Record<string, string> } = {},
) {
  const recorder = violationRecorder((request) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) request.headers.set(name, value);
    return request;
  });
  const client = new ZillizCloud({
    apiKey,
    baseUrl,
    env: {},
    logLevel: 'off',
    maxRequestsPerSecond: 0,
    maxRetries: 0,
    validate: options.validate ?? true,
    fetch: recorder.fetch,
  });
  return { client, violations: recorder.violations };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
