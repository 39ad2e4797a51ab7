// Loaded on demand (see build.mjs): only waiting in a terminal needs it.
import { createSpinner } from 'nanospinner';

/**
 * A started spinner. nanospinner ends the process on Ctrl-C (`process.exit(130)`) while it spins;
 * zcloud handles Ctrl-C itself, so that an interrupted wait still prints what the API returned (a
 * create's one-time password), and takes that listener off again. SIGTERM keeps nanospinner's
 * handling: the cursor is shown again before the process ends.
 */
export function startSpinner(text: string, options: Parameters<typeof createSpinner>[1]) {
  const before = new Set(process.listeners('SIGINT'));
  const spinner = createSpinner(text, options).start();
  for (const listener of process.listeners('SIGINT'))
    if (!before.has(listener)) process.off('SIGINT', listener);
  return spinner;
}
