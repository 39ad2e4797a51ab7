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

export function withGlobalOptions<C extends Command<unknown[], Record<string, unknown>>>(
  command: C,
  options: { timeout?: boolean } = {},
): C {
  const add = (option: Option) => command.addOption(option.helpGroup('Global Options:'));
  add(new Option('-o, --output <format>', 'output format').choices(FORMATS));
  add(new Option('--query <jmespath>', 'JMESPath expression applied to the JSON result'));
  add(new Option('--profile <name>', 'configuration profile (env: ZCLOUD_PROFILE)'));
  add(
    new Option(
      '--api-key <key>',
      'API key; prefer ZILLIZ_API_KEY or `zcloud auth login` (other processes can see flags)',
    ),
  );
  add(new Option('--base-url <url>', 'API base URL (env: ZCLOUD_BASE_URL)'));
  add(new Option('--site <site>', 'global or cn').choices(['global', 'cn']));
  if (options.timeout !== false) add(new Option('--timeout <duration>', 'timeout of each request, e.g. 30s'));
  add(new Option('--debug', 'log each request and response to stderr (secrets redacted)'));
  add(new Option('--no-color', 'no colours (also NO_COLOR)'));
  add(new Option('-q, --quiet', 'only the result and errors'));
  add(new Option('-y, --yes', 'answer yes to confirmations'));
  return command;
}
