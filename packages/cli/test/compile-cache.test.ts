// The bin shim caches the compiled bundle between runs; whatever goes wrong with the cache, zcloud
// still runs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, runCli } from './helpers.js';

const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
/** `zcloud-<build>-<node>-<arch>-clusters-list.v8cache` -> `clusters-list` */
const cacheNames = (dir: string) =>
  cacheFiles(dir)
    .map((name) =>
      name.slice(name.indexOf(`-${process.arch}-`) + process.arch.length + 2, -'.v8cache'.length),
    )
    .sort();

describe('compile cache', () => {
  it('is written on the first run into a private directory, and used by the next', async () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'zcloud-cache-')), 'c');
    const env = cleanEnv({ XDG_CACHE_HOME: cache });
    expect((await runCli(['--version'], env)).code).toBe(0);
    const dir = join(cache, 'zcloud');
    const [file] = cacheFiles(dir);
    expect(file).toBeDefined();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, file as string)).mode & 0o777).toBe(0o600);
    const written = statSync(join(dir, file as string)).mtimeMs;
    expect((await runCli(['--version'], env)).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(cacheFiles(dir)).toEqual([file]);
    expect(statSync(join(dir, file as string)).mtimeMs).toBe(written);
  });

  it('each command has a cache of its own, holding the code that command runs', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'zcloud-cache-'));
    const env = cleanEnv({ XDG_CACHE_HOME: cache });
    await runCli(['--version'], env);
    const help = await runCli(['clusters', '--help'], env);
    expect(help.stdout).toMatch(/create-serverless/);
    await runCli(['clusters', 'describe', '--help'], env);
    await runCli(['clusters', 'describe', 'in05-bfee098389ca970', '--help'], env);
    expect(cacheNames(join(cache, 'zcloud'))).toEqual(['clusters', 'clusters-describe', 'zcloud']);
  });

  it('the runtime a command requires has a cache per command; tables and YAML have one each', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'zcloud-cache-'));
    const env = cleanEnv({ XDG_CACHE_HOME: cache, ZCLOUD_CONFIG_DIR: join(cache, 'config') });
    const table = await runCli(['config', 'list'], env);
    expect(table.stdout).toMatch(/^base-url:\s+-$/m);
    const yaml = await runCli(['config', 'list', '-o', 'yaml'], env);
    expect(yaml.stdout).toMatch(/^base-url: null$/m);
    expect(cacheNames(join(cache, 'zcloud'))).toEqual([
      'config-list',
      'lazy-table',
      'lazy-yaml',
      'runtime-config-list',
    ]);
    // Read back from those caches, the parts give the same output.
    expect((await runCli(['config', 'list'], env)).stdout).toBe(table.stdout);
    expect((await runCli(['config', 'list', '-o', 'yaml'], env)).stdout).toBe(yaml.stdout);
  });

  it('mistyped commands cannot grow it without bound', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'zcloud-cache-'));
    const env = cleanEnv({ XDG_CACHE_HOME: cache });
    const letter = (n: number) => String.fromCharCode(97 + n);
    for (let i = 0; i < 68; i++)
      expect((await runCli([`typo-${letter(Math.floor(i / 26))}${letter(i % 26)}`], env)).code).toBe(2);
    expect(cacheFiles(join(cache, 'zcloud')).length).toBe(64);
  });

  it('a rebuilt bundle never runs from the cache of the build before it, which is removed', () => {
    // A copy of the package whose bundle is then rebuilt: a new stamp and other code, same length.
    const pkg = mkdtempSync(join(tmpdir(), 'zcloud-pkg-'));
    cpSync(join(BIN, '..', '..', 'bin'), join(pkg, 'bin'), { recursive: true });
    cpSync(join(BIN, '..', '..', 'dist'), join(pkg, 'dist'), { recursive: true });
    const cache = mkdtempSync(join(tmpdir(), 'zcloud-cache-'));
    const env = cleanEnv({ XDG_CACHE_HOME: cache });
    const version = () =>
      execFileSync(process.execPath, [join(pkg, 'bin', 'zcloud.cjs'), '--version'], {
        env,
        encoding: 'utf8',
      });
    const before = version().trim();
    const [first] = cacheFiles(join(cache, 'zcloud'));
    const bundle = join(pkg, 'dist', 'zcloud.cjs');
    const source = readFileSync(bundle, 'utf8');
    const rebuilt = before.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    writeFileSync(
      bundle,
      source.replace(/^(\/\/ zcloud build )\w{16}/, '$1feedfacefeedface').replaceAll(before, rebuilt),
    );
    expect(version().trim()).toBe(rebuilt);
    expect(cacheFiles(join(cache, 'zcloud'))).toEqual([expect.stringContaining('-feedfacefeedface-')]);
    expect(cacheFiles(join(cache, 'zcloud'))).not.toContain(first);
  });

  it('a corrupt cache is replaced, and the run still succeeds', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'zcloud-cache-'));
    const env = cleanEnv({ XDG_CACHE_HOME: cache });
    await runCli(['--version'], env);
    const dir = join(cache, 'zcloud');
    const [file] = cacheFiles(dir);
    writeFileSync(join(dir, file as string), 'not a code cache');
    const result = await runCli(['--version'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(statSync(join(dir, file as string)).size).toBeGreaterThan(1000);
  });

  it('an unusable cache location changes nothing', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'zcloud-cache-')), 'file');
    writeFileSync(blocker, 'a file where a directory should be');
    const result = await runCli(['--version'], cleanEnv({ XDG_CACHE_HOME: blocker }));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('ZCLOUD_NO_COMPILE_CACHE turns it off', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'zcloud-cache-'));
    await runCli(['--version'], cleanEnv({ XDG_CACHE_HOME: cache, ZCLOUD_NO_COMPILE_CACHE: '1' }));
    expect(readdirSync(cache)).toEqual([]);
  });
});
