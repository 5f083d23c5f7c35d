import fs from 'node:fs';
import path from 'node:path';
import { EVAL_SETS, protocolFilesOf, resolveInProject } from '../../src/eval/sets';

describe('the protocols an eval set adds in memory', () => {
  test('none, one, or a list', () => {
    expect(protocolFilesOf({})).toEqual([]);
    expect(protocolFilesOf({ withProtocol: 'a/one.txt' })).toEqual(['a/one.txt']);
    expect(protocolFilesOf({ withProtocol: ['a/one.txt', 'b/two.txt'] })).toEqual(['a/one.txt', 'b/two.txt']);
  });

  test('every council a set with protocols names is a shipped one or one of its protocols', () => {
    const shipped = new Set(fs.readdirSync(resolveInProject('data/protocols')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')));
    for (const set of EVAL_SETS.filter((s) => Array.isArray(s.withProtocol))) {
      const added = new Set(protocolFilesOf(set).map((file) => path.basename(file, '.txt')));
      const rows = fs.readFileSync(resolveInProject(set.file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { council: string });
      for (const row of rows) expect(shipped.has(row.council) || added.has(row.council)).toBe(true);
    }
  });
});
