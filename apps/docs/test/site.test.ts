// The built docs site in a real browser (headless Chromium through playwright-core): the API
// reference renders offline, the createServerless operation shows its three request fields and its
// error examples, and the guides link to each other. Screenshots are saved to test-results/.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const results = fileURLToPath(new URL('../test-results', import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Redoc's "API docs by Redocly" badge is an image from its CDN that hides itself when unreachable;
// nothing else may leave the site.
const ALLOWED_OFF_SITE = /^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg$/;

let server: Server;
let browser: Browser;
let base: string;
const offSite: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${dist}/api.html`)) throw new Error('Build the site first: pnpm docs:build');
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  mkdirSync(results, { recursive: true });
  const serve = sirv(dist);
  server = createServer((req, res) => serve(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('request', (request) => {
    const url = request.url();
    const local = url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:');
    if (!local && !ALLOWED_OFF_SITE.test(url)) offSite.push(url);
  });
  await page.goto(`${base}/${path}`, { waitUntil: 'networkidle' });
  return page;
}

describe('docs site (headless Chromium)', () => {
  it('the API reference shows createServerlessCluster with its three request fields and its error examples', async () => {
    const page = await open('api.html');
    await page.getByText('Clusters', { exact: true }).first().click();
    await page.getByText('Create a serverless cluster', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Create a serverless cluster' }).waitFor();
    expect(page.url()).toMatch(/createserverlesscluster/i);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator, not a DOM node
    const body = await page.locator('main').first().innerText();
    expect(body).toContain('/v2/clusters/createServerless');
    for (const field of ['clusterName', 'projectId', 'regionId'])
      expect(body).toMatch(new RegExp(`${field}\\s+string`));
    await page.screenshot({ path: `${results}/create-serverless.png` });

    // The response examples: the success and the business errors the wire sends with HTTP 200.
    const html = await page.content();
    for (const example of [
      'Submitted; poll describeCluster until RUNNING',
      'The name is taken in this project',
      'The region does not offer the serverless plan',
      'The region id is unknown',
    ]) {
      expect(html, example).toContain(example);
    }
    expect(offSite).toEqual([]);
  });

  it('the guides render and link to each other and to the API reference', async () => {
    const page = await open('index.html');
    await page.getByRole('heading', { name: 'Quick start' }).waitFor();
    for (const name of ['SDK guide', 'CLI reference', 'Errors and exit codes', 'API reference']) {
      expect(await page.getByRole('link', { name, exact: true }).count(), name).toBeGreaterThan(0);
    }
    await page.getByRole('link', { name: 'Errors and exit codes', exact: true }).click();
    await page.getByRole('cell', { name: '130', exact: true }).waitFor();
    await page.getByRole('link', { name: 'CLI reference', exact: true }).click();
    await page.getByRole('heading', { name: 'zcloud clusters create-serverless' }).waitFor();
    await page.screenshot({ path: `${results}/cli-reference.png` });
    expect(offSite).toEqual([]);
  });
});
