// zcloud writes its output straight to the file descriptors (see src/io.ts); these are the cases
// where the other end of a pipe does not simply read everything.
import { describe, expect, it } from 'vitest';
import { cleanEnv, spawnCli } from './helpers.js';

describe('zcloud on pipes', () => {
  it('a reader that has gone (`zcloud ... | head -1`) ends the output quietly', async () => {
    const child = spawnCli(['completion', 'bash'], cleanEnv());
    child.stdout?.destroy();
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
