// Loaded on demand (see build.mjs): only table output needs it.
export { default as Table } from 'cli-table3';
