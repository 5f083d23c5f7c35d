import { formatConfusion, recallByIntent, topConfusions } from '../../src/eval/confusion';

const predictions = [
  { label: 'a', predicted: 'a' },
  { label: 'a', predicted: 'b' },
  { label: 'a', predicted: 'b' },
  { label: 'a', predicted: 'c' },
  { label: 'b', predicted: 'b' },
  { label: 'b', predicted: 'b' },
  { label: 'c', predicted: 'a' },
  { label: 'c', predicted: 'c' },
];

describe('cross-validation confusion breakdown', () => {
  it('lists each intent with its recall, weakest first', () => {
    expect(recallByIntent(predictions)).toEqual([
      { intent: 'a', examples: 4, correct: 1, recall: 0.25 },
      { intent: 'c', examples: 2, correct: 1, recall: 0.5 },
      { intent: 'b', examples: 2, correct: 2, recall: 1 },
    ]);
  });

  it('counts the commonest mistaken pairs, ignoring right answers, up to a limit', () => {
    expect(topConfusions(predictions, 2)).toEqual([
      { expected: 'a', predicted: 'b', count: 2 },
      { expected: 'a', predicted: 'c', count: 1 },
    ]);
    expect(topConfusions(predictions, 10)).toHaveLength(3);
  });

  it('prints both tables', () => {
    const text = formatConfusion(predictions, 5);
    expect(text).toMatch(/^a\s+4\s+0\.250$/m);
    expect(text).toMatch(/^\s+2 {2}a → b$/m);
  });
});
