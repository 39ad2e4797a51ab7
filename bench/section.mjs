// Runs one section of the benchmarks (`node bench/section.mjs cli`) and prints its rows as JSON.
// run.mjs starts each section in a process of its own, so that what one leaves behind (a heap to
// collect, optimised code, sockets) cannot slow the next one's measurements.
import { benchCli } from './cli.mjs';
import { benchSdk } from './sdk.mjs';
import { benchSizes } from './sizes.mjs';
import { benchWait } from './wait.mjs';

const SECTIONS = { sdk: benchSdk, cli: benchCli, sizes: benchSizes, wait: benchWait };
const section = SECTIONS[process.argv[2]];
if (!section) {
  process.stderr.write(
    `bench: unknown section ${process.argv[2]}; one of ${Object.keys(SECTIONS).join(', ')}\n`,
  );
  process.exit(2);
}
process.stdout.write(JSON.stringify(await section()));
