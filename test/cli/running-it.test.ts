import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/fixtures';
import { CLI, runProcess } from '../support/process';

/** The CLI's own --help and docs/ give one way to run it: `bin/protocol-bot <command>` (node dist/src/cli.js on Windows). */
const THE_WAY = 'bin/protocol-bot <command> [options]';

test('--help ends by saying how to run it, and warns off npx', async () => {
  const run = await runProcess(CLI, ['--help'], {}, { ms: 30_000 });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`Run it from the project folder as:  ${THE_WAY}`);
  expect(run.stdout).toMatch(/not `npx protocol-bot`/);
  expect(run.stdout).toMatch(/See docs\/cli\.md\.\n$/);
}, 60_000);

test('docs/cli.md says the same, and no page in docs/ tells anyone to run `npx protocol-bot`', () => {
  const docs = path.join(PROJECT_ROOT, 'docs');
  const cliDoc = fs.readFileSync(path.join(docs, 'cli.md'), 'utf8');
  expect(cliDoc).toContain(THE_WAY);
  expect(cliDoc).toContain('node dist/src/cli.js <command> [options]   # the same program, on Windows');
  const npm = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
  expect(npm.scripts.cli).toBe(`node ${npm.bin['protocol-bot']}`);
  const told = fs
    .readdirSync(docs)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => fs.readFileSync(path.join(docs, f), 'utf8').split('\n').map((line) => ({ f, line })))
    // An instruction is `npx protocol-bot <command>`; a warning about it (`npx protocol-bot` is…) is fine.
    .filter(({ line }) => /npx protocol-bot [a-z]/.test(line));
  expect(told).toEqual([]);
});
