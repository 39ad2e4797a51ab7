#!/usr/bin/env node
// Starts the bundle with its compiled code cached between runs, as V8 code caches made through
// vm.Script, in a private per-user directory; any failure (no home, read-only disk, a stale or
// corrupt cache) falls back to a plain load.
// Each command (`clusters-list`, `auth-login`...) gets caches of its own, for the bundle and for the
// runtime it requires (see build.mjs): a cache is written after the command's first run, so it holds
// every function that run compiled, and one command's cache would leave another's code to compile.
// The libraries the bundle requires on use (dist/lazy/: tables, YAML, prompts...) get one each.
// Node 22's own compile cache (module.enableCompileCache) is not used: it caches code as compiled
// before running, without the functions compiled lazily, and measured slower here.
//
// Every step here runs at every start, so the shim stays off the costlier paths of Node: the
// loader's own class rather than `require('node:module')`, getBuiltinModule rather than require,
// and paths built from __dirname rather than with node:path.
const Module = module.constructor;
// __dirname is `<package>/bin`: the package root, and the platform's separator, come from it.
const root = __dirname.slice(0, -'bin'.length);
const sep = root[root.length - 1];
const dist = `${root}dist`;
const bundle = `${dist}${sep}zcloud.cjs`;
const STAMP = '// zcloud build ';
const MAX_CACHES = 64;

function cacheDir() {
  const env = process.env;
  if (env.ZCLOUD_NO_COMPILE_CACHE) return undefined;
  if (env.XDG_CACHE_HOME) return `${env.XDG_CACHE_HOME}${sep}zcloud`;
  return env.HOME ? `${env.HOME}${sep}.cache${sep}zcloud` : undefined;
}

/** The words that name the command (`clusters list` -> `clusters-list`), before any option or id. */
function commandKey(argv) {
  const words = [];
  for (const arg of argv) {
    if (words.length === 2 || !isCommandWord(arg)) break;
    words.push(arg);
  }
  return words.join('-') || 'zcloud';
}

// A character loop rather than a regular expression: compiling one costs more than this whole check.
function isCommandWord(arg) {
  if (arg.length === 0 || arg.length > 24) return false;
  for (let i = 0; i < arg.length; i++) {
    const c = arg.charCodeAt(i);
    const letter = c >= 97 && c <= 122;
    if (!letter && (i === 0 || c !== 45)) return false;
  }
  return true;
}

/** Runs the bundle, and the parts of it it requires, from V8 code caches in `dir`. */
function loadCached(dir) {
  const fs = process.getBuiltinModule('node:fs');
  const vm = process.getBuiltinModule('node:vm');
  const source = fs.readFileSync(bundle, 'utf8');
  // The build stamps the first line with a hash of what it built (see build.mjs): no stamp, no cache.
  const firstLineEnd = source.indexOf('\n');
  if (!source.startsWith(STAMP) || firstLineEnd > 64) return require(bundle);
  const build = `zcloud-${source.slice(STAMP.length, firstLineEnd)}-${process.version}-${process.arch}`;
  const command = commandKey(process.argv.slice(2));
  const unwritten = [];

  const run = (file, code, name) => {
    const cacheFile = `${dir}${sep}${build}-${name}.v8cache`;
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {}
    const script = new vm.Script(Module.wrap(code), { filename: file, cachedData });
    if (!cachedData || script.cachedDataRejected) {
      if (unwritten.length === 0) process.once('exit', writeCaches);
      unwritten.push({ script, cacheFile });
    }
    const mod = { exports: {} };
    const dirname = file.slice(0, file.lastIndexOf(sep));
    script.runInThisContext().call(mod.exports, mod.exports, requireFromBundle, mod, file, dirname);
    return mod.exports;
  };
  // What the bundle and its parts require: Node's built-ins, and the parts, files next to it
  // (`./runtime.cjs`, `./lazy/table.cjs`). The runtime's code differs from command to command, so
  // it has a cache per command too; the libraries under lazy/ have one each.
  const parts = new Map();
  function requireFromBundle(id) {
    if (!id.startsWith('./')) return require(id);
    let exports = parts.get(id);
    if (!exports) {
      const name = id.slice(2, -'.cjs'.length);
      const file = `${dist}${sep}${name.replace('/', sep)}.cjs`;
      const cacheName = name.startsWith('lazy/') ? name.replace('/', '-') : `${name}-${command}`;
      exports = run(file, fs.readFileSync(file, 'utf8'), cacheName);
      parts.set(id, exports);
    }
    return exports;
  }

  // Written at exit, so the functions this run compiled are in the caches too.
  function writeCaches() {
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      for (const { script, cacheFile } of unwritten) {
        const temporary = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temporary, cacheFile);
      }
      // Caches of other builds or Node versions are dead weight; mistyped commands add a few.
      const ours = [];
      for (const name of fs.readdirSync(dir)) {
        if (!name.endsWith('.v8cache')) continue;
        if (name.startsWith(`${build}-`)) ours.push(name);
        else fs.rmSync(`${dir}${sep}${name}`, { force: true });
      }
      if (ours.length > MAX_CACHES) {
        const byAge = ours
          .map((name) => ({ name, written: fs.statSync(`${dir}${sep}${name}`).mtimeMs }))
          .sort((a, b) => a.written - b.written);
        for (const { name } of byAge.slice(0, ours.length - MAX_CACHES))
          fs.rmSync(`${dir}${sep}${name}`, { force: true });
      }
    } catch {}
  }

  return run(bundle, source, command);
}

function load() {
  const dir = cacheDir();
  return dir ? loadCached(dir) : require(bundle);
}

let cli;
try {
  cli = load();
} catch {
  cli = require(bundle);
}
cli.run();
