// One hierarchy for every failure a caller can meet. Messages say what happened and what to do,
// and never carry the API key: errors are built only from the server's envelope, the HTTP status
// and headers we read, never from the request we sent.

/** Base class of every error thrown by zcloud packages. */
export class ZillizCloudError extends Error {
  override name = 'ZillizCloudError';

  /** Name, message and every public field; response headers and causes stay out of logs. */
  toJSON(): Record<string, unknown> {
    return { ...(this as unknown as Record<string, unknown>), name: this.name, message: this.message };
  }
}

export interface APIErrorFields {
  /** The envelope's `code` (non-zero), or the HTTP status when the body had none. */
  code: number;
  /** The server's own message. */
  serverMessage: string;
  httpStatus: number;
  requestId: string | undefined;
  operationId: string;
  headers?: Headers | undefined;
}

/** The service answered with an error envelope (business error on HTTP 200, or an HTTP error status). */
export class APIError extends ZillizCloudError {
  override name = 'APIError';
  readonly code: number;
  readonly serverMessage: string;
  readonly httpStatus: number;
  readonly requestId: string | undefined;
  readonly operationId: string;
  /** Response headers (e.g. `Retry-After`), kept for retry policy; not serialised. */
  readonly headers: Headers | undefined;

  constructor(fields: APIErrorFields, hint?: string) {
    super(describe(fields, hint));
    this.code = fields.code;
    this.serverMessage = fields.serverMessage;
    this.httpStatus = fields.httpStatus;
    this.requestId = fields.requestId;
    this.operationId = fields.operationId;
    Object.defineProperty(this, 'headers', { value: fields.headers, enumerable: false });
  }
}

function describe(fields: APIErrorFields, hint: string | undefined): string {
  const where = [`code ${fields.code}`, `HTTP ${fields.httpStatus}`, fields.operationId];
  if (fields.requestId) where.push(`request id ${fields.requestId}`);
  const text = fields.serverMessage.trim().replace(/\.$/, '') || 'The service reported an error';
  return `${text} (${where.join(', ')}).${hint ? ` ${hint}` : ''}`;
}

export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
  constructor(fields: APIErrorFields) {
    super(
      fields,
      'Check the API key: it must be valid, not revoked, and belong to this site (global or China).',
    );
  }
}

export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
  constructor(fields: APIErrorFields) {
    super(fields, 'Use an API key whose role and scope allow this operation on this project.');
  }
}

export class NotFoundError extends APIError {
  override name = 'NotFoundError';
  constructor(fields: APIErrorFields) {
    super(fields, 'Check the id; list the resources to see which exist.');
  }
}

export class ConflictError extends APIError {
  override name = 'ConflictError';
  constructor(fields: APIErrorFields) {
    super(fields, 'Choose another cluster name, or describe the existing cluster of that name.');
  }
}

export class InvalidRequestError extends APIError {
  override name = 'InvalidRequestError';
  constructor(fields: APIErrorFields) {
    super(fields, 'Correct the request as the message says and send it again.');
  }
}

export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  constructor(fields: APIErrorFields) {
    super(fields, 'Too many requests: slow down and retry after the delay the server asks for.');
  }
}

export class InternalServerError extends APIError {
  override name = 'InternalServerError';
  constructor(fields: APIErrorFields) {
    super(fields, 'The service failed or is unavailable: retry later.');
  }
}

/** No answer: the connection was refused, reset or dropped before a complete response arrived. */
export class APIConnectionError extends ZillizCloudError {
  override name = 'APIConnectionError';
  /** The system error code when there is one (ECONNREFUSED, ECONNRESET, ENOTFOUND, ...). */
  readonly errno: string | undefined;
  readonly operationId: string | undefined;

  constructor(options: { message?: string; cause?: unknown; errno?: string; operationId?: string } = {}) {
    super(
      options.message ??
        `Could not reach the Zilliz Cloud API${options.errno ? ` (${options.errno})` : ''}${
          options.operationId ? ` during ${options.operationId}` : ''
        }. Check the network and the base URL, then retry.`,
      { cause: options.cause },
    );
    this.errno = options.errno;
    this.operationId = options.operationId;
  }
}

/** The request took longer than its timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(options: { timeoutMs?: number; cause?: unknown; operationId?: string } = {}) {
    super({
      message: `The request${options.operationId ? ` ${options.operationId}` : ''} timed out${
        options.timeoutMs !== undefined ? ` after ${options.timeoutMs} ms` : ''
      }. Retry, or raise the timeout.`,
      cause: options.cause,
      ...(options.operationId ? { operationId: options.operationId } : {}),
    });
  }
}

/** The caller aborted the request through its AbortSignal. */
export class APIUserAbortError extends ZillizCloudError {
  override name = 'APIUserAbortError';
  constructor(options: { message?: string; cause?: unknown } = {}) {
    super(options.message ?? 'The request was aborted by the caller.', { cause: options.cause });
  }
}

/** The service answered something that is not the JSON envelope (HTML, empty, truncated). */
export class UnexpectedResponseError extends ZillizCloudError {
  override name = 'UnexpectedResponseError';
  readonly httpStatus: number;
  /** The first characters of the body, for diagnosis. */
  readonly excerpt: string;
  readonly requestId: string | undefined;
  readonly operationId: string | undefined;
  readonly headers: Headers | undefined;

  constructor(options: {
    httpStatus: number;
    body: string;
    reason: string;
    requestId?: string | undefined;
    operationId?: string | undefined;
    headers?: Headers | undefined;
  }) {
    const excerpt = excerptOf(options.body);
    super(
      `Unexpected response from the Zilliz Cloud API: HTTP ${options.httpStatus}, ${options.reason}${
        excerpt ? ` (body starts: ${JSON.stringify(excerpt)})` : ''
      }. A proxy or gateway may be in the way: check the base URL, or retry later.`,
    );
    this.httpStatus = options.httpStatus;
    this.excerpt = excerpt;
    this.requestId = options.requestId;
    this.operationId = options.operationId;
    Object.defineProperty(this, 'headers', { value: options.headers, enumerable: false });
  }
}

/** Input rejected on the client before anything was sent. */
export class ValidationError extends ZillizCloudError {
  override name = 'ValidationError';
  /** The field or parameter at fault, when there is one. */
  readonly field: string | undefined;

  constructor(message: string, options: { field?: string } = {}) {
    super(message);
    this.field = options.field;
  }
}

const EXCERPT_LENGTH = 120;

function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}
