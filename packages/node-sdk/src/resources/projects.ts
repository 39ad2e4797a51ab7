import { type Project, unwrap } from '@zcloud/core';
import type { SdkContext } from '../context.js';
import type { RequestOptions } from '../request.js';

export class Projects {
  constructor(private readonly ctx: SdkContext) {}

  /** Every project the API key can see. */
  list(options: RequestOptions = {}): Promise<Project[]> {
    return this.ctx.requester.run(
      'listProjects',
      this.ctx.clientForRegion(),
      (client, init) => unwrap('listProjects', client.GET('/v2/projects', init)),
      options,
    );
  }
}
