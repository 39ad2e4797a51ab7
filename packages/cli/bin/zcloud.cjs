#!/usr/bin/env node
// Node 22+ caches the compiled bundle between runs; on Node 20 this is a no-op.
require('node:module').enableCompileCache?.();
require('../dist/zcloud.cjs').run();
