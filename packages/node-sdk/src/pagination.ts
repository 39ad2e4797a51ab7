import type { Cluster, ClusterPage } from '@zcloud/core';
import type { ListClustersParams } from './types.js';

/** The largest page the API serves: iteration uses it to make the fewest calls. */
const MAX_PAGE_SIZE = 100;

/**
 * `await` it for one page; `for await` over it for every cluster, page after page.
 * The first page is fetched only when awaited or iterated.
 */
export class ClusterList implements PromiseLike<ClusterPage>, AsyncIterable<Cluster> {
  private firstPage: Promise<ClusterPage> | undefined;

  constructor(
    private readonly fetchPage: (params: ListClustersParams) => Promise<ClusterPage>,
    private readonly params: ListClustersParams,
  ) {}

  // biome-ignore lint/suspicious/noThenProperty: deliberately awaitable, like openai-node's APIPromise
  then<R1 = ClusterPage, R2 = never>(
    onFulfilled?: ((page: ClusterPage) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    this.firstPage ??= this.fetchPage(this.params);
    return this.firstPage.then(onFulfilled, onRejected);
  }

  /** Every page from `currentPage` on. */
  async *pages(): AsyncGenerator<ClusterPage> {
    const pageSize = this.params.pageSize ?? MAX_PAGE_SIZE;
    let currentPage = this.params.currentPage ?? 1;
    for (;;) {
      const page = await this.fetchPage({ ...this.params, pageSize, currentPage });
      yield page;
      // Stop on a short or empty page as well as on the count: clusters may come and go meanwhile.
      const read = (currentPage - 1) * pageSize + page.clusters.length;
      if (page.clusters.length < pageSize || read >= page.count) return;
      currentPage++;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Cluster> {
    for await (const page of this.pages()) yield* page.clusters;
  }

  /** Every cluster, as one array. */
  async toArray(): Promise<Cluster[]> {
    const all: Cluster[] = [];
    for await (const cluster of this) all.push(cluster);
    return all;
  }
}
