import { instructionsFrom, renderInstructions } from '../../bench/instructions';

describe('the instruction-count bench', () => {
  test('reads the total valgrind prints at exit, not a count inside the program\'s own output', () => {
    const stderr = ['==22595== Cachegrind, a cache and branch-prediction profiler', 'I   refs: 12 (printed by the program)', '==22595== ', '==22595== I   refs:      1,789,370,243', ''].join('\n');
    expect(instructionsFrom(stderr)).toBe(1_789_370_243);
    expect(instructionsFrom('==1== Command: node -e 0\n')).toBeUndefined();
  });

  test('the ratio is of the medians, and beyond Node\'s start the start is taken off both sides', () => {
    const lines = renderInstructions(
      {
        runs: 3,
        nodeAlone: { label: 'node -e 0', counts: [500e6, 502e6, 501e6] },
        questions: [{ kind: 'confident', text: 'q', ours: { label: 'ours', counts: [1800e6, 1790e6, 1900e6] }, nlpjs: { label: 'nlpjs', counts: [1300e6, 1310e6, 1290e6] } }],
      },
      'valgrind-3.19.0',
    );
    const ours = lines.find((l) => l.startsWith('| confident: ours'));
    // 1800 / 1300 = 1.38; (1800 - 501) / (1300 - 501) = 1.63
    expect(ours).toBe('| confident: ours | 1800 M (1790 M–1900 M) | **1.38×** | 1.63× |');
  });
});
