import type { CoreClient, OperationId } from '@zcloud/core';
import type { SdkLogger } from './logger.js';
import type { Requester } from './request.js';
import type { OperationInput } from './validation.js';

/** What the resources share: the request engine, site routing, validation and logging. */
export interface SdkContext {
  requester: Requester;
  logger: SdkLogger;
  /** The client for the site serving a region (or the default site without one). */
  clientForRegion(regionId?: string): CoreClient;
  /** The client for the site a cluster was created on by this client, or the default site. */
  clientForCluster(clusterId: string): CoreClient;
  rememberCluster(clusterId: string, regionId: string): void;
  /** When this client created the cluster, if it did. */
  createdAt(clusterId: string): number | undefined;
  /** Masks a secret learnt from an answer (a password) in every later log line. */
  rememberSecret(secret: string): void;
  validate(operationId: OperationId, input: OperationInput): void;
}
