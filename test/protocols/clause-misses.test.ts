import { evaluate, EvalRow } from '../../src/nlu/evaluate';

// Invented rows: what `eval --misses` lists for clauses, apart from intents.
const row = (id: string, intent: string, clauses: string[], alt: string[] = []): EvalRow => ({ id, council: 'test', text: `message ${id}`, intent, alt, clauses });
const cited = (id: string, intent: string, refs: string[]) => ({ id, intent, confidence: 0.9, clauses: refs.map((ref, i) => ({ council: 'test', ref, score: 1 - i / 10 })) });

describe('clause misses in an evaluation report', () => {
  const rows = [row('r1', 'media', ['4']), row('r2', 'media', ['5']), row('r3', 'media', ['2.1']), row('r4', 'agendas', ['7'], ['media'])];
  const results = new Map([
    ['r1', cited('r1', 'media', ['3', '4'])],
    ['r2', cited('r2', 'media', ['1', '2', '3', '5'])],
    ['r3', cited('r3', 'media', ['2.1.4'])],
    ['r4', cited('r4', 'complaints', ['9'])],
  ]);
  const report = evaluate(rows, results);

  test('a row is a clause miss when no expected ref (or its parent or child) is among the first three cited', () => {
    expect(report.clauseMisses.map((m) => m.id)).toEqual(['r2', 'r4']);
    expect(report.clauseHitAt3).toBe(0.5);
  });

  test('each miss says what was cited and whether the intent was read right, so a ranking miss is told from a classifier miss', () => {
    const [ranking, reading] = report.clauseMisses;
    expect(ranking).toMatchObject({ expected: ['5'], cited: ['1', '2', '3'], intentRight: true });
    expect(reading).toMatchObject({ intent: 'agendas', predicted: 'complaints', intentRight: false });
  });
});
