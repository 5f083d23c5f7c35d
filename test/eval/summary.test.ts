import { missesOf } from '../../src/eval/summary';
import type { EvalSet } from '../../src/eval/sets';
import type { SetResult } from '../../src/eval/formats';

const result: SetResult = {
  figures: [],
  report: {
    rows: 2,
    intentAccuracy: 0.5,
    clauseHitAt3: 0,
    clauseRows: 0,
    outOfScopeRecall: 0,
    outOfScopeRows: 0,
    falseFallback: 0,
    inScopeRows: 2,
    confusions: [],
    clauseMisses: [],
    misses: [{ id: 'r1', expected: 'media_relations', predicted: 'out_of_scope', text: 'The paper rang me about the fete' }],
  },
};

describe('listing a set’s misses', () => {
  it('lists each misclassified row of a set the project may look at', () => {
    const set: EvalSet = { name: 'validation', file: 'test/eval/validation.jsonl', format: 'messages' };
    expect(missesOf(set, result)).toContain('r1 media_relations → out_of_scope: The paper rang me about the fete');
  });

  it('gives only the count for a held-out set, so reading every set’s misses never shows its rows', () => {
    const set: EvalSet = { name: 'blind messy', file: 'test/eval/blind/messy.jsonl', format: 'messages', heldOut: true };
    const text = missesOf(set, result);
    expect(text).toMatch(/blind messy .*: 1 misclassified \(held out: rows not listed\)/);
    expect(text).not.toContain('The paper rang me');
  });
});
