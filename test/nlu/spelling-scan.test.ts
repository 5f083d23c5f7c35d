import { LONG_WORDS, nextWord, SHORT_WORDS, SpellingCorrector, wordEnd } from '../../src/nlu/spelling';

/**
 * The spelling corrector finds the words it looks at by scanning character codes
 * (src/nlu/spelling.ts): it must find exactly the words its two expressions find, or messages
 * would be corrected differently.
 */
const EXPRESSIONS = { [LONG_WORDS]: /[A-Za-z]{6,}/g, [SHORT_WORDS]: /\b[a-z]{3,5}\b/g };

function scanned(text: string, kind: number): [number, number][] {
  const found: [number, number][] = [];
  for (let start = nextWord(text, 0, kind); start >= 0; ) {
    const end = wordEnd(text, start, kind);
    found.push([start, end]);
    start = nextWord(text, end, kind);
  }
  return found;
}

function matched(text: string, kind: number): [number, number][] {
  const found: [number, number][] = [];
  for (const match of text.matchAll(EXPRESSIONS[kind as 0 | 1])) found.push([match.index!, match.index! + match[0].length]);
  return found;
}

describe('the words the spelling corrector looks at', () => {
  test('are the words its expressions match, in random texts of every kind of character', () => {
    const alphabet = ['a', 'b', 'e', 'z', 'A', 'Q', 'Z', '0', '9', '_', ' ', '-', "'", '.', '\n', 'é', 'ß', '😀', '\u00a0', '@', '[', '`', '{'];
    let state = 11;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const length = next(40);
      // Runs of one character class, so that words of every length occur.
      while (text.length < length) {
        const piece = alphabet[next(alphabet.length)];
        text += piece.repeat(1 + next(7));
      }
      for (const kind of [LONG_WORDS, SHORT_WORDS]) expect([text, scanned(text, kind)]).toEqual([text, matched(text, kind)]);
    }
  });

  test('a misspelt long word is corrected and a known abbreviation expanded, the rest left as it was', () => {
    const corrector = new SpellingCorrector(['the council meeting', 'council meeting minutes', 'parking meeting', 'the parking', 'a parking'], { has: () => false });
    // Six letters or more, in any case, corrected; a short word inside a run of digits or `_` is no abbreviation.
    expect(corrector.correct('When is the councl meetng? prkng_1 prkng, MEETNG Prkng')).toBe('When is the council meeting? prkng_1 parking, meeting Prkng');
  });
});
