// Builds the static docs site into dist/: the API reference from spec/openapi.yaml (Redoc, served
// from a local copy so the site works offline), and the guides from Markdown: the quick start, the
// SDK guide and the CLI reference (the packages' own READMEs, whose CLI reference is generated from
// --help), errors and exit codes (the table read from the CLI itself).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '..', '..');
const dist = join(here, 'dist');
const require = createRequire(import.meta.url);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// API reference. build-docs prerenders the page and hydrates it with Redoc from a CDN; point it at
// the copy of the same Redoc that ships inside @redocly/cli instead.
const redoclyDir = dirname(require.resolve('@redocly/cli/package.json'));
const redocBundle = join(redoclyDir, 'lib', 'chunks', 'redoc.standalone.js');
execFileSync(
  process.execPath,
  [
    join(redoclyDir, 'bin', 'cli.js'),
    'build-docs',
    join(root, 'spec', 'openapi.yaml'),
    '--output',
    join(dist, 'api.html'),
  ],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
copyFileSync(redocBundle, join(dist, 'redoc.standalone.js'));
const api = readFileSync(join(dist, 'api.html'), 'utf8');
const localApi = api
  .replace(
    /https:\/\/cdn\.redocly\.com\/redoc\/v[\d.]+\/bundles\/redoc\.standalone\.js/g,
    './redoc.standalone.js',
  )
  .replace(/ integrity="[^"]*"/g, '');
if (localApi.includes('cdn.redocly.com')) throw new Error('api.html still loads Redoc from the CDN');
writeFileSync(join(dist, 'api.html'), localApi);

// Guides.
const { EXIT_CODES } = require(
  join(dirname(require.resolve('@zcloud/cli/package.json')), 'dist', 'zcloud.cjs'),
);
const exitCodes = `| code | meaning |\n|---|---|\n${EXIT_CODES.map((e) => `| ${e.code} | ${e.meaning} |`).join('\n')}\n`;
const read = (path) => readFileSync(path, 'utf8');
const pages = [
  { file: 'index.html', title: 'Quick start', markdown: read(join(here, 'guides', 'quick-start.md')) },
  { file: 'sdk.html', title: 'SDK guide', markdown: read(join(root, 'packages', 'node-sdk', 'README.md')) },
  { file: 'cli.html', title: 'CLI reference', markdown: read(join(root, 'packages', 'cli', 'README.md')) },
  {
    file: 'errors.html',
    title: 'Errors and exit codes',
    markdown: read(join(here, 'guides', 'errors.md')).replace('<!-- exit-codes -->', exitCodes),
  },
];
const nav = [...pages.map((p) => [p.file, p.title]), ['api.html', 'API reference']]
  .map(([file, title]) => `<a href="${file}">${title}</a>`)
  .join('');
for (const page of pages) {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · zcloud</title>
<style>
  body { font: 16px/1.6 system-ui, sans-serif; margin: 0; color: #1f2328; }
  nav { display: flex; gap: 1.5rem; padding: 0.8rem 2rem; background: #0d1117; }
  nav a { color: #e6edf3; text-decoration: none; font-weight: 600; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
  pre { background: #f6f8fa; padding: 0.8rem 1rem; overflow-x: auto; border-radius: 6px; }
  code { font-family: ui-monospace, monospace; font-size: 0.9em; }
  table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 0.3rem 0.6rem; text-align: left; }
</style>
</head>
<body>
<nav>${nav}</nav>
<main>
${marked.parse(page.markdown.replace(/\]\((\.\.\/)+[^)]*\)/g, '](index.html)'))}
</main>
</body>
</html>
`;
  writeFileSync(join(dist, page.file), html);
}
console.log(`docs built in ${dist}: ${pages.map((p) => p.file).join(', ')}, api.html`);
