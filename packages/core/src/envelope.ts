import { apiErrorFrom } from './error-codes.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  UnexpectedResponseError,
  ZillizCloudError,
} from './errors.js';
import type { operations } from './generated/schema.gen.js';
import { requestIdOf } from './request-id.js';

export type OperationId = keyof operations;

/** What an openapi-fetch call resolves to. */
interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The `data` of the success envelope among an operation's possible bodies. */
export type EnvelopeData<R extends FetchResult> = Extract<NonNullable<R['data']>, { data: unknown }>['data'];

const isSuccessCode = (code: unknown) => code === 0 || code === 200;

/**
 * Turns an openapi-fetch call into the operation's `data`, or throws the matching error.
 * Success is HTTP 2xx with envelope code 0 (or 200, the v1 code). Business errors come as HTTP 200
 * with a non-zero code; a bad key as HTTP 401; both become APIError subclasses.
 */
export async function unwrap<R extends FetchResult>(
  operationId: OperationId,
  pending: Promise<R>,
): Promise<EnvelopeData<R>> {
  let result: R;
  try {
    result = await pending;
  } catch (error) {
    throw toZillizCloudError(error, operationId);
  }
  const { response } = result;
  const requestId = requestIdOf(response.headers);
  const body = (result.data ?? result.error) as
    | { code?: unknown; data?: unknown; message?: unknown }
    | undefined;

  if (!body || typeof body !== 'object' || typeof body.code !== 'number') {
    throw new UnexpectedResponseError({
      httpStatus: response.status,
      body: typeof body === 'string' ? body : (JSON.stringify(body) ?? ''),
      reason: 'JSON without the {"code": ...} envelope',
      requestId,
      operationId,
      headers: response.headers,
    });
  }
  if (response.ok && isSuccessCode(body.code) && 'data' in body) {
    return body.data as EnvelopeData<R>;
  }
  throw apiErrorFrom({
    code: isSuccessCode(body.code) ? response.status : body.code,
    serverMessage: typeof body.message === 'string' ? body.message : '',
    httpStatus: response.status,
    requestId,
    operationId,
    headers: response.headers,
  });
}

/**
 * Classifies what a fetch threw: timeouts and aborts by the error's name (AbortSignal.timeout and
 * AbortController reasons), network failures by the system error code undici puts in `cause`.
 */
export function toZillizCloudError(error: unknown, operationId?: string): unknown {
  if (error instanceof ZillizCloudError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') {
    return new APIConnectionTimeoutError({ cause: error, ...(operationId ? { operationId } : {}) });
  }
  if (name === 'AbortError') return new APIUserAbortError({ cause: error });
  const errno = errnoOf(error);
  if (error instanceof TypeError || errno) {
    return new APIConnectionError({
      cause: error,
      ...(errno ? { errno } : {}),
      ...(operationId ? { operationId } : {}),
    });
  }
  return error;
}

function errnoOf(error: unknown): string | undefined {
  for (let at = error, depth = 0; at && typeof at === 'object' && depth < 5; depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    if (typeof code === 'string' && code.startsWith('UND_ERR')) return code;
    at = (at as { cause?: unknown }).cause;
  }
  return undefined;
}
