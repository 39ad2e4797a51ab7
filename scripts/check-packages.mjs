// publint on every published package and `attw --pack` on those that ship types: what consumers
// will install is checked mechanically, not by eye. Run through pnpm (it packs with pnpm).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PUBLISHED } from './published.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let failed = 0;
for (const pkg of PUBLISHED) {
  const checks = [
    ['publint', '--strict'],
    ...(pkg.types ? [['attw', '--pack', '.', '--format', 'ascii']] : []),
  ];
  for (const [tool, ...args] of checks) {
    const result = spawnSync('pnpm', ['exec', tool, ...args], {
      cwd: `${root}/${pkg.dir}`,
      encoding: 'utf8',
    });
    const ok = result.status === 0;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${tool} ${pkg.name}`);
    if (!ok) {
      failed++;
      console.log(result.stdout, result.stderr);
    }
  }
}
process.exit(failed ? 1 : 0);
