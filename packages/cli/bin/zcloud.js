#!/usr/bin/env node
import { run } from '../dist/zcloud.js';

run();
