import { byScore } from '../../src/protocols/search';

describe('ranking scored clauses best first', () => {
  test('gives the order a stable sort gives, equal scores in their original order, short and long lists alike', () => {
    let seed = 3;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 300; round++) {
      // Few distinct scores, so that ties are common; lengths either side of the insertion-sort limit.
      const list = Array.from({ length: Math.floor(next() * 70) }, (_, id) => ({ id, score: Math.floor(next() * 5) / 4 }));
      const expected = [...list].sort((a, b) => b.score - a.score).map((c) => c.id);
      expect(byScore([...list]).map((c) => c.id)).toEqual(expected);
    }
  });
});
