export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BASE_URLS,
  CHINA_BASE_URL,
  type CloudProvider,
  type CloudRegion,
  type Cluster,
  type ClusterPage,
  type ClusterStatus,
  ConflictError,
  GLOBAL_BASE_URL,
  InternalServerError,
  InvalidRequestError,
  type KnownClusterStatus,
  NotFoundError,
  PermissionDeniedError,
  type Project,
  RateLimitError,
  type Site,
  UnexpectedResponseError,
  ValidationError,
  ZillizCloudError,
} from '@zcloud/core';
export { ZillizCloud } from './client.js';
export { ClusterFailedError, createResultOf, WaitTimeoutError } from './errors.js';
export type { Logger, LogLevel } from './logger.js';
export type { ClientOptions } from './options.js';
export { ClusterList } from './pagination.js';
export type { RequestOptions } from './request.js';
export type { CreateOptions } from './resources/clusters.js';
export type {
  CreateAndWaitResult,
  CreateClusterBody,
  CreatedCluster,
  CreateResult,
  DropResult,
  ListClustersParams,
  RecoveredCluster,
  WaitOptions,
  WaitProgress,
} from './types.js';
export { VERSION } from './version.js';
