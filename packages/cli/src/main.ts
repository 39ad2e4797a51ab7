import { CommanderError } from '@commander-js/extra-typings';
import type { CliContext } from './context.js';
import { oneLine } from './exit-codes.js';
import { misplacedGlobalHint } from './global-options.js';
import { type Io, processIo } from './io.js';
import { Output } from './output.js';
import { buildProgram } from './program.js';

/** Runs one command line and returns its exit code; never throws, never exits the process. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let ctx: CliContext | undefined;
  let stopListening: (() => void) | undefined;
  const debug = argv.includes('--debug');
  // Help and usage errors, before a command has an output of its own.
  const output = new Output(io, { format: 'table', query: undefined, quiet: false, debug });
  const program = buildProgram(
    io,
    output,
    (created) => {
      ctx = created;
      // Ctrl-C is handled from the moment a command runs; help and usage errors never need it, and
      // a SIGINT listener costs them a signal handle.
      stopListening = io.onInterrupt(() => {
        const message = created.interrupts.interrupt();
        if (message) created.output.info(message);
      });
    },
    targetOf(argv),
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return usageFailure(error, argv, output);
    const { reportFailure } = await import('./runtime.js');
    return reportFailure(error, io, ctx?.output, debug);
  } finally {
    stopListening?.();
  }
}

/** What commander rejects (or shows help for) never reached a command: exit 0 or 2. */
function usageFailure(error: CommanderError, argv: string[], output: Output): number {
  if (error.exitCode === 0) return 0; // --help, --version
  if (error.code === 'commander.help') return 2; // a command group without a subcommand: help was shown
  // commander repeats an unknown option as typed: `--api-key=<key>` before the command would show the key.
  const message = oneLine(error.message.replace(/^error:\s*/i, '')).replace(
    /'--api-key=[^']*'/,
    "'--api-key=…'",
  );
  const unknown = error.code === 'commander.unknownOption' ? /'([^']+)'/.exec(message)?.[1] : undefined;
  const hint = unknown && misplacedGlobalHint(unknown, argv);
  output.error(`${message}${hint ? `: ${hint}` : ''} (see --help)`);
  return 2;
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

/** The bin entry point. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2));
}
