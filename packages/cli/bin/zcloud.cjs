#!/usr/bin/env node
// Starts the bundle with its compiled code cached between runs: Node's own compile cache where it
// exists (22+), V8's code cache through vm.Script on Node 20. Kept in a private per-user directory;
// any failure (no home, read-only disk, a stale or corrupt cache) falls back to a plain load.
// On Node 20 each command (`clusters-list`, `auth-login`...) gets a cache of its own: a cache holds
// the functions its first run compiled, so one command's cache would leave another's code to compile.
// The loader's own class, for wrap and createRequire: on Node 20, `require('node:module')` would
// load more of Node than the shim needs.
const Module = module.constructor;
const nodeMajor = Number(process.versions.node.split('.')[0]);
const path = require('node:path');
const bundle = path.join(__dirname, '..', 'dist', 'zcloud.cjs');

function cacheDir() {
  const env = process.env;
  if (env.ZCLOUD_NO_COMPILE_CACHE) return undefined;
  const base = env.XDG_CACHE_HOME || (env.HOME && path.join(env.HOME, '.cache'));
  return base ? path.join(base, 'zcloud') : undefined;
}

const MAX_CACHES = 32;

/** The words that name the command (`clusters list` -> `clusters-list`), before any option or id. */
function commandKey(argv) {
  const words = [];
  for (const arg of argv) {
    if (words.length === 2 || !/^[a-z][a-z-]{0,23}$/.test(arg)) break;
    words.push(arg);
  }
  return words.join('-') || 'zcloud';
}

function load() {
  const dir = cacheDir();
  if (!dir) return require(bundle);
  // node:module publishes enableCompileCache (22.1+); the class alone does not carry it.
  const enableCompileCache = nodeMajor >= 22 ? require('node:module').enableCompileCache : undefined;
  if (enableCompileCache) {
    enableCompileCache(dir);
    return require(bundle);
  }
  const fs = require('node:fs');
  const vm = require('node:vm');
  const build = `${path.basename(bundle)}-${process.version}-${process.arch}-${fs.statSync(bundle).mtimeMs}`;
  const file = path.join(dir, `${build}-${commandKey(process.argv.slice(2))}.v8cache`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(file);
  } catch {}
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), {
    filename: bundle,
    cachedData,
  });
  const mod = { exports: {} };
  const requireFromBundle = Module.createRequire(bundle);
  script
    .runInThisContext()
    .call(mod.exports, mod.exports, requireFromBundle, mod, bundle, path.dirname(bundle));
  if (!cachedData || script.cachedDataRejected) {
    // Written at exit, so the functions this run compiled are in the cache too.
    process.once('exit', () => {
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const temporary = `${file}.${process.pid}`;
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temporary, file);
        // Caches of other builds or Node versions are dead weight; mistyped commands add a few.
        const ours = [];
        for (const name of fs.readdirSync(dir)) {
          if (!name.endsWith('.v8cache')) continue;
          if (name.startsWith(`${build}-`)) ours.push(name);
          else fs.rmSync(path.join(dir, name), { force: true });
        }
        if (ours.length > MAX_CACHES) {
          const byAge = ours
            .map((name) => ({ name, written: fs.statSync(path.join(dir, name)).mtimeMs }))
            .sort((a, b) => a.written - b.written);
          for (const { name } of byAge.slice(0, ours.length - MAX_CACHES))
            fs.rmSync(path.join(dir, name), { force: true });
        }
      } catch {}
    });
  }
  return mod.exports;
}

let cli;
try {
  cli = load();
} catch {
  cli = require(bundle);
}
cli.run();
