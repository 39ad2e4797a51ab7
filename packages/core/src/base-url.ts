/** The global site: AWS, GCP and Azure regions. */
export const GLOBAL_BASE_URL = 'https://api.cloud.zilliz.com';
/** The China site: regions whose id starts with `ali-` or `tc-`. */
export const CHINA_BASE_URL = 'https://api.cloud.zilliz.com.cn';

export type Site = 'global' | 'cn';

export const BASE_URLS: Readonly<Record<Site, string>> = { global: GLOBAL_BASE_URL, cn: CHINA_BASE_URL };

/** True for regions served by the China site (`ali-cn-hangzhou`, `tc-ap-beijing`, ...). */
export function isChinaRegion(regionId: string): boolean {
  return /^(ali|tc)-/i.test(regionId);
}

/** The site that serves a region. */
export function siteForRegion(regionId: string): Site {
  return isChinaRegion(regionId) ? 'cn' : 'global';
}

/** The base URL of the site that serves a region. */
export function baseUrlForRegion(regionId: string): string {
  return BASE_URLS[siteForRegion(regionId)];
}
