import { type CloudRegion, unwrap } from '@zcloud/core';
import type { SdkContext } from '../context.js';
import type { RequestOptions } from '../request.js';

export class Regions {
  constructor(private readonly ctx: SdkContext) {}

  /** The regions of the client's site, optionally of one cloud provider. */
  list(params: { cloudId?: string } = {}, options: RequestOptions = {}): Promise<CloudRegion[]> {
    const query = params.cloudId === undefined ? {} : { cloudId: params.cloudId };
    this.ctx.validate('listCloudRegions', { query });
    return this.ctx.requester.run(
      'listCloudRegions',
      this.ctx.clientForRegion(),
      (client, init) => unwrap('listCloudRegions', client.GET('/v2/regions', { params: { query }, ...init })),
      options,
    );
  }
}
