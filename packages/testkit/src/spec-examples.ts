import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SPEC_PATH } from './paths.js';

export interface SpecExample {
  operationId: string;
  /** The response key: '200', '401', 'default'. */
  status: string;
  name: string;
  value: { code: number; data?: unknown; message?: string };
}

// biome-ignore lint/suspicious/noExplicitAny: the spec is untyped YAML, walked loosely
type Loose = any;

/**
 * Every named response example of the spec, per operation. Tests are generated from these, so an
 * example added to the spec is tested at once.
 */
export function specExamples(specPath = SPEC_PATH): SpecExample[] {
  const spec: Loose = parse(readFileSync(specPath, 'utf8'));
  const deref = (node: Loose): Loose =>
    typeof node?.$ref === 'string'
      ? deref(
          (node.$ref as string)
            .slice(2)
            .split('/')
            .reduce((at: Loose, key) => at[key], spec),
        )
      : node;
  const examples: SpecExample[] = [];
  for (const item of Object.values<Loose>(spec.paths)) {
    for (const op of Object.values<Loose>(item)) {
      for (const [status, response] of Object.entries<Loose>(op.responses)) {
        for (const [name, example] of Object.entries<Loose>(
          deref(response).content?.['application/json']?.examples ?? {},
        )) {
          examples.push({ operationId: op.operationId, status, name, value: deref(example).value });
        }
      }
    }
  }
  return examples;
}

/** The `Prefer` header that makes Prism answer with an example. */
export function preferHeader(example: SpecExample, defaultStatus = 503): string {
  if (example.status === '200') return `example=${example.name}`;
  return `code=${example.status === 'default' ? defaultStatus : example.status}, example=${example.name}`;
}
