import { describe, expect, it } from 'vitest';
import {
  baseUrlForRegion,
  CHINA_BASE_URL,
  GLOBAL_BASE_URL,
  isChinaRegion,
  siteForRegion,
} from './base-url.js';

describe('base URLs by region', () => {
  it.each([
    ['ali-cn-hangzhou', 'cn', CHINA_BASE_URL],
    ['tc-ap-beijing', 'cn', CHINA_BASE_URL],
    ['aws-us-west-2', 'global', GLOBAL_BASE_URL],
    ['gcp-us-west1', 'global', GLOBAL_BASE_URL],
    ['az-eastus', 'global', GLOBAL_BASE_URL],
    ['talent-region', 'global', GLOBAL_BASE_URL],
    ['alibaba', 'global', GLOBAL_BASE_URL],
  ])('%s is served by the %s site', (regionId, site, url) => {
    expect(siteForRegion(regionId)).toBe(site);
    expect(baseUrlForRegion(regionId)).toBe(url);
    expect(isChinaRegion(regionId)).toBe(site === 'cn');
  });
});
