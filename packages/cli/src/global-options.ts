import { type Command, Option } from '@commander-js/extra-typings';
import { FORMATS } from './formats.js';

/** The options every command takes, declared once and added to each command. */
export interface GlobalOptions {
  output?: string;
  query?: string;
  profile?: string;
  apiKey?: string;
  baseUrl?: string;
  site?: string;
  timeout?: string;
  debug?: boolean;
  color?: boolean;
  quiet?: boolean;
  yes?: boolean;
}

/** The global options, as commander flags: declared once, added to each command. */
const GLOBALS: ReadonlyArray<{ flags: string; description: string; choices?: readonly string[] }> = [
  { flags: '-o, --output <format>', description: 'output format', choices: FORMATS },
  { flags: '--query <jmespath>', description: 'JMESPath expression applied to the JSON result' },
  { flags: '--profile <name>', description: 'configuration profile (env: ZCLOUD_PROFILE)' },
  {
    flags: '--api-key <key>',
    description: 'API key; prefer ZILLIZ_API_KEY or `zcloud auth login` (other processes can see flags)',
  },
  { flags: '--base-url <url>', description: 'API base URL (env: ZCLOUD_BASE_URL)' },
  { flags: '--site <site>', description: 'global or cn', choices: ['global', 'cn'] },
  { flags: '--timeout <duration>', description: 'timeout of each request, e.g. 30s' },
  { flags: '--debug', description: 'log each request and response to stderr (secrets redacted)' },
  { flags: '--no-color', description: 'no colours (also NO_COLOR)' },
  { flags: '-q, --quiet', description: 'only the result and errors' },
  { flags: '-y, --yes', description: 'answer yes to confirmations' },
];

/** Adds the global options; `timeout: false` for a command whose own --timeout means something else. */
export function withGlobalOptions<C extends Command<unknown[], Record<string, unknown>>>(
  command: C,
  options: { timeout?: boolean } = {},
): C {
  for (const { flags, description, choices } of GLOBALS) {
    if (options.timeout === false && flags.startsWith('--timeout ')) continue;
    const option = new Option(flags, description).helpGroup('Global Options:');
    command.addOption(choices ? option.choices(choices) : option);
  }
  return command;
}

/**
 * For an option commander did not know where it stood: if it is a global option placed before the
 * command (`zcloud -o json clusters list`), where it goes instead. Never repeats a value typed
 * with it, which may be a key.
 */
export function misplacedGlobalHint(option: string, argv: string[]): string | undefined {
  const flag = option.split('=')[0] as string;
  const global = globalNamed(flag);
  if (!global) return undefined;
  const command: string[] = [];
  for (let i = 0; i < argv.length && command.length < 2; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('-')) {
      // Skip a global option's value too (`-o json`), so that it is not taken for a command.
      const takesValue = globalNamed(arg)?.flags.includes('<');
      if (takesValue) i++;
      continue;
    }
    command.push(arg);
  }
  const placeholder = global.flags.match(/<\w+>/)?.[0];
  const example = ['zcloud', ...(command.length > 0 ? command : ['<command>']), flag, placeholder]
    .filter(Boolean)
    .join(' ');
  return `global options go after the command, as in: ${example}`;
}

/** The global option `-o` or `--output` names, if any. */
const globalNamed = (flag: string) => GLOBALS.find((g) => g.flags.split(/[ ,]+/).includes(flag));
