// Adds up the vitest JSON reports of every package into one closing line, so that a CI log ends
// with the whole count ("N passed, N failed") rather than only the last package's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const roots = [
  'spec',
  ...['packages', 'apps'].flatMap((dir) => readdirSync(dir).map((name) => join(dir, name))),
];
let passed = 0;
let failed = 0;
let skipped = 0;
let suites = 0;
for (const root of roots) {
  const report = join(root, '.vitest', 'report.json');
  if (!existsSync(report)) continue;
  const result = JSON.parse(readFileSync(report, 'utf8'));
  suites++;
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
}
console.log(`\nTest reports of ${suites} packages:`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
