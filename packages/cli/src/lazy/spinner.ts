// Loaded on demand (see build.mjs): only waiting in a terminal needs it.
export { createSpinner } from 'nanospinner';
