#!/usr/bin/env node
// Starts the bundle with its compiled code cached between runs: Node's own compile cache where it
// exists (22+), V8's code cache through vm.Script on Node 20. Kept in a private per-user directory;
// any failure (no home, read-only disk, a stale or corrupt cache) falls back to a plain load.
const Module = require('node:module');
const path = require('node:path');
const bundle = path.join(__dirname, '..', 'dist', 'zcloud.cjs');

function cacheDir() {
  const env = process.env;
  if (env.ZCLOUD_NO_COMPILE_CACHE) return undefined;
  const base = env.XDG_CACHE_HOME || (env.HOME && path.join(env.HOME, '.cache'));
  return base ? path.join(base, 'zcloud') : undefined;
}

function load() {
  const dir = cacheDir();
  if (!dir) return require(bundle);
  if (Module.enableCompileCache) {
    Module.enableCompileCache(dir);
    return require(bundle);
  }
  const fs = require('node:fs');
  const vm = require('node:vm');
  const file = path.join(
    dir,
    `${path.basename(bundle)}-${process.version}-${process.arch}-${fs.statSync(bundle).mtimeMs}.v8cache`,
  );
  let cachedData;
  try {
    cachedData = fs.readFileSync(file);
  } catch {}
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), {
    filename: bundle,
    cachedData,
  });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, require, mod, bundle, path.dirname(bundle));
  if (!cachedData || script.cachedDataRejected) {
    // Written at exit, so the functions this run compiled are in the cache too.
    process.once('exit', () => {
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const temporary = `${file}.${process.pid}`;
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temporary, file);
        // Caches of other builds or Node versions are dead weight.
        for (const old of fs.readdirSync(dir)) {
          if (old.endsWith('.v8cache') && path.join(dir, old) !== file)
            fs.rmSync(path.join(dir, old), { force: true });
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
