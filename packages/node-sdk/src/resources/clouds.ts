import { type CloudProvider, unwrap } from '@zcloud/core';
import type { SdkContext } from '../context.js';
import type { RequestOptions } from '../request.js';

export class Clouds {
  constructor(private readonly ctx: SdkContext) {}

  /** The cloud providers of the client's site. */
  list(options: RequestOptions = {}): Promise<CloudProvider[]> {
    return this.ctx.requester.run(
      'listCloudProviders',
      this.ctx.clientForRegion(),
      (client, init) => unwrap('listCloudProviders', client.GET('/v2/clouds', init)),
      options,
    );
  }
}
