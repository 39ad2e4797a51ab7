import type { Command } from '@commander-js/extra-typings';
import { commandTree } from './completion.js';
import { processIo } from './io.js';
import { Output } from './output.js';
import { buildProgram } from './program.js';

/** Every command path of zcloud, root first (`[]`, `['clusters']`, `['clusters', 'list']`...), for docs and tests. */
export function commandPaths(): string[][] {
  const io = processIo();
  const output = new Output(io, { format: 'table', query: undefined, quiet: true, debug: false });
  const program = buildProgram(io, output, () => {});
  return commandTree(program as unknown as Command<unknown[], Record<string, unknown>>)
    .map((node) => node.path)
    .filter((path) => path.at(-1) !== 'help');
}
