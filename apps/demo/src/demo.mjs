// The main job, end to end: start the local emulator, then run the real zcloud binary against it,
// from the regions to a RUNNING serverless cluster and back, printing each command as a transcript.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startEmulator } from '@zcloud/emulator';

const require = createRequire(import.meta.url);
const zcloudBin = join(dirname(require.resolve('@zcloud/cli/package.json')), 'bin', 'zcloud.cjs');
const PROJECT = 'proj-4487580fcfe2c8a4391686';
const NAME = 'demo-search';

const emulator = await startEmulator({ port: 0, createDelayMs: 6_000, deleteDelayMs: 3_000 });
const configDir = mkdtempSync(join(tmpdir(), 'zcloud-demo-'));
const env = {
  ...process.env,
  ZCLOUD_BASE_URL: emulator.url,
  ZILLIZ_API_KEY: emulator.apiKey,
  ZCLOUD_CONFIG_DIR: configDir,
};
delete env.ZILLIZCLOUD_API_KEY;

const bold = (text) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${text}\x1b[0m` : text);

/** Runs zcloud, showing the command and its output; resolves with stdout. */
function zcloud(args) {
  const quote = (a) => (/[\s'"[\]?|]/.test(a) ? (a.includes("'") ? `"${a}"` : `'${a}'`) : a);
  const shown = args.map(quote).join(' ');
  process.stdout.write(`\n${bold(`$ zcloud ${shown}`)}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [zcloudBin, ...args], {
      env,
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`zcloud ${shown} exited with ${code}`)),
    );
  });
}

let failed = false;
try {
  console.log(`Local Zilliz Cloud emulator on ${emulator.url} (clusters take 6 s to create).`);
  console.log(`The CLI is pointed at it with ZCLOUD_BASE_URL=${emulator.url} and the emulator's API key.`);
  await zcloud(['regions', 'list', '--cloud', 'gcp']);
  await zcloud(['projects', 'list']);
  await zcloud([
    'clusters',
    'create-serverless',
    '--name',
    NAME,
    '--project',
    PROJECT,
    '--region',
    'gcp-us-west1',
    '--wait',
  ]);
  const id = JSON.parse(
    await zcloud(['clusters', 'list', '-o', 'json', '--query', `[?clusterName=='${NAME}'].clusterId | [0]`]),
  );
  await zcloud(['clusters', 'describe', id]);
  await zcloud(['clusters', 'list']);
  await zcloud(['clusters', 'drop', id, '--yes']);
  await zcloud(['clusters', 'list']);
  console.log(
    `\nDone: ${NAME} went from CREATING to RUNNING and was dropped. Next: ZILLIZ_API_KEY=<your key> zcloud clusters list`,
  );
} catch (error) {
  failed = true;
  console.error(`\nThe demo failed: ${error.message}`);
} finally {
  await emulator.close();
  rmSync(configDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
