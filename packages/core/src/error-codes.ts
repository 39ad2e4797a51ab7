import {
  APIError,
  type APIErrorFields,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from './errors.js';

// Envelope codes that name a class, from the service's error table. A code decides the class when
// it is known; otherwise the HTTP status does; otherwise the error stays a plain APIError.
const AUTHENTICATION = new Set([21119, 80001, 80002, 1800]);
const PERMISSION = new Set([96012, 96013, 96014, 96015, 96016, 96027]);
const NOT_FOUND = new Set([96018, 96026]);
const CONFLICT = new Set([40013, 96017]);
/** The 96xxx range is the API's parameter-validation family. */
const isParameterError = (code: number) => code >= 96000 && code < 97000;

/** Builds the most specific error class for an error envelope and its HTTP status. */
export function apiErrorFrom(fields: APIErrorFields): APIError {
  const { code, httpStatus } = fields;
  if (AUTHENTICATION.has(code) || httpStatus === 401) return new AuthenticationError(fields);
  if (PERMISSION.has(code) || httpStatus === 403) return new PermissionDeniedError(fields);
  if (NOT_FOUND.has(code) || httpStatus === 404) return new NotFoundError(fields);
  if (CONFLICT.has(code) || httpStatus === 409) return new ConflictError(fields);
  if (httpStatus === 429) return new RateLimitError(fields);
  if (httpStatus >= 500) return new InternalServerError(fields);
  if (isParameterError(code) || httpStatus === 400 || httpStatus === 422)
    return new InvalidRequestError(fields);
  return new APIError(fields);
}
