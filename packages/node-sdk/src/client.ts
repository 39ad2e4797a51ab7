import { BASE_URLS, type CoreClient, createCoreClient, siteForRegion } from '@zcloud/core';
import type { SdkContext } from './context.js';
import { RateLimiter } from './internal/rate-limiter.js';
import { SdkLogger } from './logger.js';
import { type ClientOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { Requester } from './request.js';
import { Clouds } from './resources/clouds.js';
import { Clusters } from './resources/clusters.js';
import { Projects } from './resources/projects.js';
import { Regions } from './resources/regions.js';
import { validateInput } from './validation.js';
import { VERSION } from './version.js';

/** Bounds on what a long-lived client remembers. */
const MAX_REMEMBERED = 1_000;

/**
 * The Zilliz Cloud control plane client.
 *
 * ```ts
 * const zc = new ZillizCloud(); // ZILLIZ_API_KEY from the environment
 * const { clusterId, password, cluster } = await zc.clusters.createServerless(
 *   { clusterName: 'search-prod', projectId, regionId: 'gcp-us-west1' },
 *   { wait: true },
 * );
 * ```
 */
export class ZillizCloud {
  readonly clusters: Clusters;
  readonly projects: Projects;
  readonly clouds: Clouds;
  readonly regions: Regions;

  private readonly options: ResolvedOptions;
  private readonly cores = new Map<string, CoreClient>();
  /** Clusters this client created: the site they live on, and when (for the wait's not-found grace). */
  private readonly created = new Map<string, { baseUrl: string; createdAt: number }>();
  private readonly secrets: string[];

  constructor(options: ClientOptions = {}) {
    this.options = resolveOptions(options);
    this.secrets = [this.options.apiKey];
    const logger = new SdkLogger(this.options.logger, this.options.logLevel, () => this.secrets);
    const requester = new Requester({
      timeoutMs: this.options.timeoutMs,
      deadlineMs: this.options.deadlineMs,
      maxRetries: this.options.maxRetries,
      limiter: new RateLimiter(this.options.maxRequestsPerSecond),
      logger,
    });
    // Build the default client now, so a bad key or base URL fails at construction.
    this.core(this.defaultBaseUrl());

    const context: SdkContext = {
      requester,
      logger,
      clientForRegion: (regionId) => this.core(this.baseUrlFor(regionId)),
      clientForCluster: (clusterId) =>
        this.core(this.created.get(clusterId)?.baseUrl ?? this.defaultBaseUrl()),
      rememberCluster: (clusterId, regionId) =>
        remember(this.created, clusterId, { baseUrl: this.baseUrlFor(regionId), createdAt: Date.now() }),
      createdAt: (clusterId) => this.created.get(clusterId)?.createdAt,
      rememberSecret: (secret) => {
        if (secret && !this.secrets.includes(secret)) this.secrets.push(secret);
        if (this.secrets.length > MAX_REMEMBERED) this.secrets.splice(1, 1);
      },
      validate: (operationId, input) => {
        if (this.options.validate) validateInput(operationId, input);
      },
    };
    this.clusters = new Clusters(context);
    this.projects = new Projects(context);
    this.clouds = new Clouds(context);
    this.regions = new Regions(context);
  }

  /** The base URL requests go to when no region decides otherwise. */
  get baseUrl(): string {
    return this.defaultBaseUrl();
  }

  private defaultBaseUrl(): string {
    return this.options.fixedBaseUrl ?? BASE_URLS[this.options.site];
  }

  /** A fixed base URL wins; otherwise the region's site (China for ali-/tc-), else the client's site. */
  private baseUrlFor(regionId: string | undefined): string {
    if (this.options.fixedBaseUrl) return this.options.fixedBaseUrl;
    return regionId ? BASE_URLS[siteForRegion(regionId)] : BASE_URLS[this.options.site];
  }

  private core(baseUrl: string): CoreClient {
    let client = this.cores.get(baseUrl);
    if (!client) {
      const agent = `@zcloud/node-sdk/${VERSION}`;
      client = createCoreClient({
        apiKey: this.options.apiKey,
        baseUrl,
        ...(this.options.fetch && { fetch: this.options.fetch }),
        userAgent: this.options.userAgent ? `${this.options.userAgent} ${agent}` : agent,
      });
      this.cores.set(baseUrl, client);
    }
    return client;
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value as string);
}
