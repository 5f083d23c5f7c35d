import { formatChecks } from '../../src/ops/doctor';

describe('doctor prints one line per check', () => {
  test('a detail of several lines (integrity_check lists each damaged page) stays on its check\'s line', () => {
    const printed = formatChecks([
      { name: 'database', ok: true, detail: 'queue.sqlite opens' },
      { name: 'database.integrity', ok: false, detail: 'integrity_check: *** in database main ***\nTree 4 page 4: btreeInitPage() returns error code 11\r\n', fix: 'restore the database from a backup' },
    ]);
    expect(printed.split('\n')).toEqual([
      '✓ database: queue.sqlite opens',
      '✗ database.integrity: integrity_check: *** in database main *** Tree 4 page 4: btreeInitPage() returns error code 11 — restore the database from a backup',
    ]);
  });
});
