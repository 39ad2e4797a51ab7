// Emits src/generated/operations.gen.ts: each operation's method and path, and the input rules (required, type, pattern, lengths, ranges)
// of every operation's body, path and query parameters, read from spec/openapi.yaml, so that
// client-side validation is derived from the contract instead of being a second copy of it.
// With --check it only compares and exits 1 when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(here, '../../../spec/openapi.yaml');
const outPath = resolve(here, '../src/generated/operations.gen.ts');
const spec = parse(readFileSync(specPath, 'utf8'));

const deref = (node) => {
  let at = node;
  while (at && typeof at.$ref === 'string') {
    at = at.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((o, k) => o?.[k], spec);
  }
  return at;
};

const KEYS = ['type', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'enum', 'description'];
const rule = (schema, required) => {
  const s = deref(schema) ?? {};
  const out = { required };
  for (const key of KEYS) if (s[key] !== undefined) out[key] = s[key];
  // One sentence is enough for an error message.
  if (out.description)
    out.description = out.description
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=\.) /)[0];
  return out;
};

const operations = {};
const routes = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
    routes[`${method.toUpperCase()} ${path}`] = op.operationId;
    const entry = {};
    for (const raw of op.parameters ?? []) {
      const p = deref(raw);
      entry[p.in] ??= {};
      entry[p.in][p.name] = rule(p.schema, p.required === true);
    }
    const body = deref(deref(op.requestBody)?.content?.['application/json']?.schema);
    if (body?.properties) {
      entry.body = {};
      // additionalProperties: false in the spec: the service knows no other field.
      if (body.additionalProperties === false) entry.closedBody = true;
      const required = new Set(body.required ?? []);
      for (const [name, schema] of Object.entries(body.properties)) {
        entry.body[name] = rule(schema, required.has(name));
      }
    }
    operations[op.operationId] = entry;
  }
}

const text = `/**
 * This file was generated from spec/openapi.yaml by scripts/generate-operations.mjs.
 * Do not make direct changes to the file: edit the spec and run \`pnpm generate\`.
 */

/** Which operation a method and path template are. */
export const operationRoutes = ${JSON.stringify(routes, null, 2)} as const;

/** Input rules of every operation, by where the input goes (body, path, query). */
export const operationConstraints = ${JSON.stringify(operations, null, 2)} as const;
`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('src/generated/operations.gen.ts is stale: run `pnpm generate` and commit the result.');
    process.exit(1);
  }
} else {
  writeFileSync(outPath, text);
}
