import { Command, Help, Option } from '@commander-js/extra-typings';
import { completionScript } from './completion.js';
import { CONFIG_KEYS } from './config-keys.js';
import type { CliContext } from './context.js';
import { exitCodesHelp } from './exit-codes.js';
import { type GlobalOptions, withGlobalOptions } from './global-options.js';
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

// What runs commands: handlers, context, SDK. Loaded only when a command runs (see runtime.ts).
const runtime = () => import('./runtime.js');
type Runtime = Awaited<ReturnType<typeof runtime>>;

/**
 * The one registry of commands. Handlers live in commands/, one module per command.
 *
 * Building every command (each with the global options) is a large share of the start-up, and a
 * command line needs at most one. With `target`, the command path it names (`['clusters', 'list']`,
 * `['clusters']`, or `[]` for `--version`), only that group's commands are built, and only the
 * named command in full (see `leaf`); without it (completion, docs), everything is built.
 */
export function buildProgram(
  io: Io,
  output: Output,
  onContext: (ctx: CliContext) => void,
  target?: string[],
) {
  const program = new Command('zcloud')
    .description('Create Zilliz Cloud serverless clusters and get them RUNNING, from a terminal or from CI.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureHelp({
      // Help is never styled (see getOutHasColors below): a width is a length, with no escape codes
      // to strip, and a one-line description that fits needs no wrapping (commander would only drop
      // its trailing spaces). Both save regular expressions compiled afresh by every run that
      // prints help.
      displayWidth: (text) => text.length,
      boxWrap(text, width) {
        if (text.length <= width && !text.includes('\n')) return text.trimEnd();
        return Help.prototype.boxWrap.call(this, text, width);
      },
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
  const run = async (command: Leaf, handler: (ctx: CliContext, commands: Runtime) => Promise<void>) => {
    const commands = await runtime();
    const ctx = await commands.CliContext.create(io, command.opts() as GlobalOptions);
    onContext(ctx);
    return handler(ctx, commands);
  };
  const takesGlobalOptions = new WeakSet<object>();
  /**
   * A command that runs something. Only the command a command line names is built in full (its
   * options, the global options, its action); its siblings need no more than their group's help
   * lists: name, description, arguments.
   */
  const leaf = <C extends Leaf>(
    command: C,
    details: (command: C) => unknown,
    options?: { timeout?: boolean },
  ) => {
    takesGlobalOptions.add(command);
    if (target === undefined || target[1] === command.name()) {
      details(command);
      withGlobalOptions(command, options); // after its own, so that its help lists them first
    }
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
          ),
        (command) =>
          command
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
            .option('--wait-timeout <duration>', 'how long --wait waits', '15m')
            .action((options, command) =>
              run(command, (ctx, commands) => commands.clustersCreate.createCluster(ctx, plan, options)),
            ),
      );
    }
    leaf(
      clusters
        .command('describe')
        .description('show a cluster')
        .argument('<clusterId>', 'cluster id, e.g. in05-bfee098389ca970'),
      (command) =>
        command.action((clusterId, _options, command) =>
          run(command, (ctx, commands) => commands.clustersDescribe.describeCluster(ctx, clusterId)),
        ),
    );
    leaf(clusters.command('list').description('list clusters (one page; --all for every page)'), (command) =>
      command
        .option('--region <regionId>', 'only clusters in this region')
        .option('--page-size <n>', 'clusters per page, 1 to 100')
        .option('--page <n>', 'page number, from 1')
        .option('--all', 'every page')
        .action((options, command) =>
          run(command, (ctx, commands) => commands.clustersList.listClusters(ctx, options)),
        ),
    );
    leaf(
      clusters
        .command('drop')
        .description('drop a cluster (asks for confirmation; --yes in scripts)')
        .argument('<clusterId>', 'cluster id'),
      (command) =>
        command.action((clusterId, _options, command) =>
          run(command, (ctx, commands) => commands.clustersDrop.dropCluster(ctx, clusterId)),
        ),
    );
    leaf(
      clusters
        .command('wait')
        .description('wait until a cluster has a status (default RUNNING)')
        .argument('<clusterId>', 'cluster id'),
      (command) =>
        command
          .option('--status <status>', 'the status to wait for', 'RUNNING')
          .addOption(new Option('--timeout <duration>', 'how long to wait').default('15m'))
          .action((clusterId, options, command) =>
            run(command, (ctx, commands) => commands.clustersWait.waitCluster(ctx, clusterId, options)),
          ),
      { timeout: false },
    );
  }

  const projects = program.command('projects').description('projects that group clusters');
  if (wanted('projects'))
    leaf(projects.command('list').description('list projects'), (command) =>
      command.action((_o, command) =>
        run(command, (ctx, commands) => commands.projectsList.listProjects(ctx)),
      ),
    );
  const clouds = program.command('clouds').description('cloud providers');
  if (wanted('clouds'))
    leaf(clouds.command('list').description('list cloud providers'), (command) =>
      command.action((_o, command) => run(command, (ctx, commands) => commands.cloudsList.listClouds(ctx))),
    );
  const regions = program.command('regions').description('cloud regions');
  if (wanted('regions'))
    leaf(regions.command('list').description('list regions'), (command) =>
      command
        .option('--cloud <cloudId>', 'only this provider, e.g. gcp')
        .action((options, command) =>
          run(command, (ctx, commands) => commands.regionsList.listRegions(ctx, options)),
        ),
    );

  const auth = program.command('auth').description('store, check and remove the API key of a profile');
  if (wanted('auth')) registerAuth();
  function registerAuth() {
    leaf(
      auth
        .command('login')
        .description('store an API key (read without echo, or from stdin) in the profile, mode 0600'),
      (command) =>
        command
          .option('--no-verify', 'store the key without checking it against the API')
          .action((options, command) => run(command, (ctx, commands) => commands.auth.login(ctx, options))),
    );
    leaf(auth.command('logout').description("remove the profile's stored key"), (command) =>
      command.action((_o, command) => run(command, (ctx, commands) => commands.auth.logout(ctx))),
    );
    leaf(auth.command('status').description('where the key comes from, and whether it works'), (command) =>
      command.action((_o, command) => run(command, (ctx, commands) => commands.auth.status(ctx))),
    );
  }

  const config = program
    .command('config')
    .description(`settings of a profile: ${Object.keys(CONFIG_KEYS).join(', ')}`);
  if (wanted('config')) registerConfig();
  function registerConfig() {
    leaf(config.command('list').description("show the profile's settings"), (command) =>
      command.action((_o, command) => run(command, (ctx, commands) => commands.config.configList(ctx))),
    );
    leaf(config.command('get').description('show one setting').argument('<key>', 'setting'), (command) =>
      command.action((key, _o, command) =>
        run(command, (ctx, commands) => commands.config.configGet(ctx, key)),
      ),
    );
    leaf(
      config
        .command('set')
        .description('change a setting')
        .argument('<key>', 'setting')
        .argument('<value>', 'value'),
      (command) =>
        command.action((key, value, _o, command) =>
          run(command, (ctx, commands) => commands.config.configSet(ctx, key, value)),
        ),
    );
    leaf(config.command('unset').description('remove a setting').argument('<key>', 'setting'), (command) =>
      command.action((key, _o, command) =>
        run(command, (ctx, commands) => commands.config.configUnset(ctx, key)),
      ),
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
