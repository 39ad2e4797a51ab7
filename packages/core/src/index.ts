export type { Middleware } from 'openapi-fetch';
export {
  BASE_URLS,
  baseUrlForRegion,
  CHINA_BASE_URL,
  GLOBAL_BASE_URL,
  isChinaRegion,
  type Site,
  siteForRegion,
} from './base-url.js';
export { CORE_USER_AGENT, type CoreClient, type CoreClientOptions, createCoreClient } from './client.js';
export { formatDuration, parseDuration } from './duration.js';
export { type EnvelopeData, type OperationId, toZillizCloudError, unwrap } from './envelope.js';
export { apiErrorFrom } from './error-codes.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  type APIErrorFields,
  APIUserAbortError,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnexpectedResponseError,
  ValidationError,
  ZillizCloudError,
} from './errors.js';
export { operationConstraints, operationRoutes } from './generated/operations.gen.js';
export type { components, operations, paths } from './generated/schema.gen.js';
export { requestIdOf } from './request-id.js';
export type * from './types.js';
export { VERSION } from './version.js';
