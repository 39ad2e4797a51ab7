import { Command, Help, Option } from '@commander-js/extra-typings';
import { login, logout, status } from './commands/auth.js';
import { listClouds } from './commands/clouds-list.js';
import { createCluster } from './commands/clusters-create.js';
import { describeCluster } from './commands/clusters-describe.js';
import { dropCluster } from './commands/clusters-drop.js';
import { listClusters } from './commands/clusters-list.js';
import { waitCluster } from './commands/clusters-wait.js';
import { configGet, configList, configSet, configUnset } from './commands/config.js';
import { listProjects } from './commands/projects-list.js';
import { listRegions } from './commands/regions-list.js';
import { completionScript } from './completion.js';
import { CONFIG_KEYS } from './config.js';
import { CliContext } from './context.js';
import { exitCodesHelp } from './exit-codes.js';
import { type GlobalOptions, withGlobalOptions } from './global-options.js';
import type { Interrupts } from './interrupts.js';
import type { Io } from './io.js';
import type { Output } from './output.js';

export const VERSION = __ZCLOUD_CLI_VERSION__;

const ENVIRONMENT_HELP = `Environment:
  ZILLIZ_API_KEY, ZILLIZCLOUD_API_KEY   API key (after --api-key, before the profile's stored key)
  ZCLOUD_BASE_URL                       API base URL (e.g. the local emulator)
  ZCLOUD_PROFILE                        profile to use (default: default)
  ZCLOUD_CONFIG_DIR                     configuration directory (default: $XDG_CONFIG_HOME/zcloud)
  NO_COLOR                              no colours`;

type Leaf = Command<unknown[], Record<string, unknown>>;

/**
 * The one registry of commands. Handlers live in commands/, one module per command.
 *
 * Building every command (each with the global options) is a large share of the start-up, and a
 * command line needs at most one. With `target`, the command path it names (`['clusters', 'list']`,
 * `['clusters']`, or `[]` for `--version`), only that group's commands are built, and only the
 * named command gets the global options; without it (completion, docs), everything is built.
 */
export function buildProgram(
  io: Io,
  interrupts: Interrupts,
  onContext: (ctx: CliContext) => void,
  output: Output,
  target?: string[],
) {
  const program = new Command('zcloud')
    .description('Create Zilliz Cloud serverless clusters and get them RUNNING, from a terminal or from CI.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureHelp({
      // Every command takes the global options, even those built without them for this command line.
      subcommandTerm(command) {
        const term = Help.prototype.subcommandTerm.call(this, command);
        if (!takesGlobalOptions.has(command) || command.options.length > 0) return term;
        return `${command.name()} [options]${term.slice(command.name().length)}`;
      },
    })
    .configureOutput({
      writeOut: (text) => output.raw(text),
      writeErr: (text) => output.rawError(text),
      // main.ts prints usage errors itself, as one line.
      outputError: () => {},
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      // Help is plain text; asking whether stdout has colours would build Node's stdout stream.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText('after', `\n${ENVIRONMENT_HELP}\n\n${exitCodesHelp()}\n`);

  /** Runs a handler with the context built from the command's (global) options. */
  const run = async (command: Leaf, handler: (ctx: CliContext) => Promise<void>) => {
    const ctx = await CliContext.create(io, command.opts() as GlobalOptions, interrupts);
    onContext(ctx);
    return handler(ctx);
  };
  const takesGlobalOptions = new WeakSet<object>();
  const leaf = <C extends Leaf>(command: C, options?: { timeout?: boolean }) => {
    takesGlobalOptions.add(command);
    return target === undefined || target[1] === command.name()
      ? withGlobalOptions(command, options)
      : command;
  };

  const wanted = (group: string) => target === undefined || target[0] === group;

  const clusters = program
    .command('clusters')
    .description('create, inspect, list, wait for and drop clusters');
  if (wanted('clusters')) registerClusters();
  function registerClusters() {
    for (const plan of ['serverless', 'free'] as const) {
      leaf(
        clusters
          .command(`create-${plan}`)
          .description(
            `create a ${plan} cluster; prints its id, admin user and one-time password (--wait: once RUNNING)`,
          )
          .option('--name <name>', 'cluster name: letters, digits and hyphens, up to 32')
          .option(
            '--project <projectId>',
            "project id (default: the profile's project; in a terminal, a picker)",
          )
          .option(
            '--region <regionId>',
            "region id, e.g. gcp-us-west1 (default: the profile's region; in a terminal, a picker)",
          )
          .option('--description <text>', 'free text shown in the console')
          .option('--wait', 'wait until the cluster is RUNNING')
          .option('--wait-timeout <duration>', 'how long --wait waits', '15m'),
      ).action((options, command) => run(command, (ctx) => createCluster(ctx, plan, options)));
    }
    leaf(
      clusters
        .command('describe')
        .description('show a cluster')
        .argument('<clusterId>', 'cluster id, e.g. in05-bfee098389ca970'),
    ).action((clusterId, _options, command) => run(command, (ctx) => describeCluster(ctx, clusterId)));
    leaf(
      clusters
        .command('list')
        .description('list clusters (one page; --all for every page)')
        .option('--region <regionId>', 'only clusters in this region')
        .option('--page-size <n>', 'clusters per page, 1 to 100')
        .option('--page <n>', 'page number, from 1')
        .option('--all', 'every page'),
    ).action((options, command) => run(command, (ctx) => listClusters(ctx, options)));
    leaf(
      clusters
        .command('drop')
        .description('drop a cluster (asks for confirmation; --yes in scripts)')
        .argument('<clusterId>', 'cluster id'),
    ).action((clusterId, _options, command) => run(command, (ctx) => dropCluster(ctx, clusterId)));
    leaf(
      clusters
        .command('wait')
        .description('wait until a cluster has a status (default RUNNING)')
        .argument('<clusterId>', 'cluster id')
        .option('--status <status>', 'the status to wait for', 'RUNNING')
        .addOption(new Option('--timeout <duration>', 'how long to wait').default('15m')),
      { timeout: false },
    ).action((clusterId, options, command) => run(command, (ctx) => waitCluster(ctx, clusterId, options)));
  }

  const projects = program.command('projects').description('projects that group clusters');
  if (wanted('projects'))
    leaf(projects.command('list').description('list projects')).action((_o, command) =>
      run(command, listProjects),
    );
  const clouds = program.command('clouds').description('cloud providers');
  if (wanted('clouds'))
    leaf(clouds.command('list').description('list cloud providers')).action((_o, command) =>
      run(command, listClouds),
    );
  const regions = program.command('regions').description('cloud regions');
  if (wanted('regions'))
    leaf(
      regions
        .command('list')
        .description('list regions')
        .option('--cloud <cloudId>', 'only this provider, e.g. gcp'),
    ).action((options, command) => run(command, (ctx) => listRegions(ctx, options)));

  const auth = program.command('auth').description('store, check and remove the API key of a profile');
  if (wanted('auth')) registerAuth();
  function registerAuth() {
    leaf(
      auth
        .command('login')
        .description('store an API key (read without echo, or from stdin) in the profile, mode 0600')
        .option('--no-verify', 'store the key without checking it against the API'),
    ).action((options, command) => run(command, (ctx) => login(ctx, options)));
    leaf(auth.command('logout').description("remove the profile's stored key")).action((_o, command) =>
      run(command, logout),
    );
    leaf(auth.command('status').description('where the key comes from, and whether it works')).action(
      (_o, command) => run(command, status),
    );
  }

  const config = program
    .command('config')
    .description(`settings of a profile: ${Object.keys(CONFIG_KEYS).join(', ')}`);
  if (wanted('config')) registerConfig();
  function registerConfig() {
    leaf(config.command('list').description("show the profile's settings")).action((_o, command) =>
      run(command, configList),
    );
    leaf(config.command('get').description('show one setting').argument('<key>', 'setting')).action(
      (key, _o, command) => run(command, (ctx) => configGet(ctx, key)),
    );
    leaf(
      config
        .command('set')
        .description('change a setting')
        .argument('<key>', 'setting')
        .argument('<value>', 'value'),
    ).action((key, value, _o, command) => run(command, (ctx) => configSet(ctx, key, value)));
    leaf(config.command('unset').description('remove a setting').argument('<key>', 'setting')).action(
      (key, _o, command) => run(command, (ctx) => configUnset(ctx, key)),
    );
  }

  program
    .command('completion')
    .description('print a shell completion script')
    .addArgument(
      new Command().createArgument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']),
    )
    .action((shell) => {
      output.raw(completionScript(program as unknown as Leaf, shell as 'bash' | 'zsh' | 'fish'));
    });

  return program;
}
