import { isRegExpSpace, wordsAtLeast } from '../../src/nlu/engine';

/**
 * How long a message's backstory is decides whether small talk is ruled out (src/nlu/engine.ts):
 * counted without joining and splitting it, it must agree with `join(' ').split(/\s+/)` exactly.
 */
describe('counting the words of a backstory', () => {
  test('a code unit is whitespace exactly when \\s matches it', () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isRegExpSpace(code) !== /\s/.test(String.fromCharCode(code))) mismatches.push(code);
    expect(mismatches).toEqual([]);
  });

  test('agrees with joining and splitting, at every threshold', () => {
    const pieces = ['word', 'two words', ' lead', 'trail ', '', '  ', '\n', 'a\u00a0b', 'x\u3000 y', 'emoji 👍', 'tab\there', '\u2028', 'end.'];
    let state = 7;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    for (let i = 0; i < 2000; i++) {
      const sentences: string[] = [];
      const count = next(5);
      for (let s = 0; s < count; s++) {
        let sentence = '';
        const parts = 1 + next(3);
        for (let p = 0; p < parts; p++) sentence += pieces[next(pieces.length)];
        sentences.push(sentence);
      }
      const words = sentences.join(' ').split(/\s+/).length;
      for (let n = 0; n <= 10; n++) expect({ sentences, n, atLeast: wordsAtLeast(sentences, n) }).toEqual({ sentences, n, atLeast: words >= n });
    }
  });
});
