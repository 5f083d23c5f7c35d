import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { EVAL_SETS } from '../../src/eval/sets';

/**
 * scripts/intent-miss-kinds.js lists every miss of the sets it reads, so it must read design sets only: never a
 * check (whose rows are never looked at), a holdout, a blind set or Wexcombe. `--which` names the sets it would read.
 */
const SCRIPT = path.join(__dirname, '../../scripts/intent-miss-kinds.js');

function setsRead(): string[] {
  const result = spawnSync(process.execPath, [SCRIPT, '--which'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout.split('\n').filter((line) => line.trim());
}

describe('intent-miss-kinds reads the design sets only', () => {
  const read = setsRead();

  it('reads no check, holdout, blind or Wexcombe set', () => {
    const forbidden = read.filter((name) => /check|holdout|blind|wexcombe|hollinsford|factual|messy-probe-[56]\b|ashdown \(unseen/i.test(name));
    expect(forbidden).toEqual([]);
  });

  it('reads the one-message design sets, the new design set among them, and not its check', () => {
    expect(read).toEqual(expect.arrayContaining(['dev', 'validation', 'messy-probe-4', 'messy-probe-38', 'clause-probe (thornwick)']));
    expect(read).not.toContain('messy-probe-39 (check)');
  });

  it('reads no dialogue or answer set', () => {
    const formats = new Map(EVAL_SETS.map((s) => [s.name, s.format]));
    expect(read.filter((name) => formats.get(name) !== 'messages')).toEqual([]);
  });
});
