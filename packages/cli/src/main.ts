import { CommanderError } from '@commander-js/extra-typings';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';
import { classify } from './exit-codes.js';
import { Interrupts } from './interrupts.js';
import { type Io, processIo } from './io.js';
import { Output } from './output.js';
import { buildProgram } from './program.js';

/** Runs one command line and returns its exit code; never throws, never exits the process. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const interrupts = new Interrupts();
  let ctx: CliContext | undefined;
  const debug = argv.includes('--debug');
  const fallback = new Output(io, { format: 'table', query: undefined, quiet: false, debug });
  const output = () => ctx?.output ?? fallback;
  let stopListening: (() => void) | undefined;
  const program = buildProgram(
    io,
    interrupts,
    (created) => {
      ctx = created;
      // Ctrl-C is handled from the moment a command runs; help and usage errors never need it, and
      // a SIGINT listener costs them a signal handle.
      stopListening = io.onInterrupt(() => {
        const message = interrupts.interrupt();
        if (message) output().info(message);
      });
    },
    fallback,
    targetOf(argv),
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return await report(error, output(), debug);
  } finally {
    stopListening?.();
  }
}

/** Every failure becomes one line on stderr and one exit code. */
async function report(error: unknown, output: Output, debug: boolean): Promise<number> {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0; // --help, --version
    if (error.code === 'commander.help') return 2; // a command group without a subcommand: help was shown
    output.error(`${oneLine(error.message.replace(/^error:\s*/i, ''))} (see --help)`);
    return 2;
  }
  const { code, expected } = await classify(error);
  if (code === 130) {
    output.error('Interrupted.');
    return code;
  }
  if (expected) {
    const hint = error instanceof UsageError && error.hint ? ` ${error.hint}` : '';
    output.error(oneLine(`${(error as Error).message}${hint}`));
    return code;
  }
  const bug = error instanceof Error ? error : new Error(String(error));
  output.error(
    `unexpected ${bug.name}: ${oneLine(bug.message)}. This is a bug in zcloud: please report it with the command you ran${
      debug ? '' : ' and the output of --debug'
    }.`,
  );
  if (debug && bug.stack) output.debug(bug.stack);
  return 1;
}

/**
 * The command a command line names, as far as it needs building (see buildProgram): `clusters list`,
 * `clusters` alone (`clusters --help`, `help clusters`), nothing for `--version` or the top-level
 * help, and everything for a completion script.
 */
function targetOf(argv: string[]): string[] | undefined {
  const words = argv[0] === 'help' ? argv.slice(1) : argv;
  const [group = '', command = '', next = ''] = words;
  if (group === 'completion') return undefined;
  if (group.startsWith('-')) return [];
  return [group, command === 'help' ? next : command];
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** The bin entry point. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2));
}
