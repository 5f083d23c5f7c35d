import { SPAN_HASH_START, SpanMemo, spanHash } from '../../src/nlu/memo';

/** The hash a caller computes while scanning `text.slice(start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = SPAN_HASH_START;
  for (let i = start; i < end; i++) hash = spanHash(hash, text.charCodeAt(i));
  return hash;
}

describe('SpanMemo: a memo keyed by a run of characters inside a longer text', () => {
  test('the same run found anywhere in any text gives the value computed the first time, computed once', () => {
    const memo = new SpanMemo<string>(100);
    const computed: string[] = [];
    const upper = (key: string) => (computed.push(key), key.toUpperCase());
    const first = 'the clerk said no';
    const second = 'ask the clerk';
    expect(memo.get(first, 4, 9, hashOf(first, 4, 9), upper)).toBe('CLERK');
    expect(memo.get(second, 8, 13, hashOf(second, 8, 13), upper)).toBe('CLERK');
    expect(computed).toEqual(['clerk']);
    expect(memo.size).toBe(1);
  });

  test('two different runs with the same hash keep their own values', () => {
    const memo = new SpanMemo<number>(100);
    const text = 'chair clerk';
    // A forced collision: both runs given the same hash, so only the character comparison tells them apart.
    expect(memo.get(text, 0, 5, 42, () => 1)).toBe(1);
    expect(memo.get(text, 6, 11, 42, () => 2)).toBe(2);
    expect(memo.get(text, 0, 5, 42, () => -1)).toBe(1);
    expect(memo.get(text, 6, 11, 42, () => -1)).toBe(2);
    // The same characters with one more on the end are another key.
    expect(memo.get('chairs', 0, 6, 42, () => 3)).toBe(3);
  });

  test('it grows past its first table and still finds every key', () => {
    const memo = new SpanMemo<number>(10_000);
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    let at = 0;
    const spans = words.map((w) => {
      const span = [at, at + w.length] as const;
      at += w.length + 1;
      return span;
    });
    spans.forEach(([s, e], i) => memo.get(text, s, e, hashOf(text, s, e), () => i));
    expect(memo.size).toBe(3000);
    spans.forEach(([s, e], i) => expect(memo.get(text, s, e, hashOf(text, s, e), () => -1)).toBe(i));
  });

  test('past its limit it forgets everything at once, so memory stays bounded', () => {
    const memo = new SpanMemo<number>(3);
    const text = 'a b c d';
    for (const [i, s] of [0, 2, 4].entries()) memo.get(text, s, s + 1, hashOf(text, s, s + 1), () => i);
    expect(memo.size).toBe(3);
    memo.get(text, 6, 7, hashOf(text, 6, 7), () => 3);
    expect(memo.size).toBe(1);
    expect(memo.get(text, 0, 1, hashOf(text, 0, 1), () => 99)).toBe(99);
  });

  test('a limit below one is refused', () => {
    expect(() => new SpanMemo<number>(0)).toThrow(/at least 1/);
  });
});
