import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/fixtures';
import { CLI } from '../support/process';

/**
 * `protocol-bot … | head -1`: the reader goes away before the output is written. That is not
 * an error of the program's: it stops quietly, with no stack on the terminal.
 */

jest.setTimeout(60_000);

test('output piped into a reader that has already gone: exit 0, nothing on stderr', async () => {
  const child = spawn(process.execPath, ['-r', path.join(PROJECT_ROOT, 'test', 'support', 'register-ts.js'), CLI, 'clauses', '--council', 'flitwick'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
