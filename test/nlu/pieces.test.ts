import { canonicalWords, contentStems, readInOnePiece, sharedWordStems, tokenize } from '../../src/nlu/normalize';

/**
 * A text of several sentences is read from its sentences' readings (src/nlu/normalize.ts,
 * `piecesOf`): a message's question, backstory and the two joined share one reading of each
 * sentence. Whatever the text, that must give exactly what reading it in one piece gives.
 */
const viewsOf = (text: string) => ({ tokens: tokenize(text), words: canonicalWords(text), wordStems: [...sharedWordStems(text)], contentStems: contentStems(text) });

describe('reading a text from its sentences', () => {
  test('a phrase split over a line break or a sentence end is not read as the phrase', () => {
    // "the office" is the Clerk and staff; across a line break it is two unrelated words.
    expect(tokenize('Who do I ask at the\noffice?')).toEqual(readInOnePiece('Who do I ask at the\noffice?').tokens);
    expect(tokenize('Who do I ask at the\noffice?')).not.toContain('officers');
    expect(tokenize('Ask the office. Then what?')).toContain('officers');
    // "TC" before "meeting" is the Town Council, but not when a sentence ends between them.
    expect(tokenize('Is it the TC? Meeting tonight.')).toEqual(readInOnePiece('Is it the TC? Meeting tonight.').tokens);
    expect(tokenize('the tc meeting. Members of staff were there.')).toEqual(readInOnePiece('the tc meeting. Members of staff were there.').tokens);
  });

  test('every view is the one-piece reading, for texts cut in every way the reader cuts them', () => {
    const fragments = [
      'members of', 'staff', 'member of the public', 'the', 'office', 'tc', 'TC', 'meeting', "SO's", 'so', 's', "don't", 'doesn\u2019t',
      "the clerk's", 'vice-', '-chair', 'vice-chair', 'tbh', 'lol', 'Cllr Smith', 'ΑΣ', 'İstanbul', '\u212Aelvin', '👍', '🙏🏻', 'a', 'Can I', 'emailed',
      '"quote', 'end"', '\u201cthat\u201d', '(aside)', 'groundsman', '3.5', 'e.g.', 'x', '',
    ];
    const separators = [' ', '  ', '\n', ' \n ', '\t', '\r\n', '. ', '? ', '! ', '." ', '.\u201d ', '\u2019 ', ') ', '.\n\n', '-', "'", ', ', '\u00a0', '. \u00a0'];
    // A fixed pseudo-random sequence (mulberry32), so a failure names a text that can be rerun.
    let state = 20261130;
    const next = (n: number) => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n | 0;
    };
    for (let i = 0; i < 3000; i++) {
      let text = next(3) === 0 ? separators[next(separators.length)] : '';
      const length = 1 + next(12);
      for (let j = 0; j < length; j++) text += fragments[next(fragments.length)] + separators[next(separators.length)];
      const whole = readInOnePiece(text);
      expect({ text, ...viewsOf(text) }).toEqual({ text, tokens: whole.tokens, words: whole.words, wordStems: whole.wordStems, contentStems: whole.contentStems });
    }
  });

  test('a sentence read as a piece of one text and as a text of its own gives the same views', () => {
    const question = 'Can a member of staff tell the TC meeting what happened?';
    const story = "The clerk's assistant emailed me tbh. She doesn't want the office involved.";
    const joined = `${question} ${story}`;
    expect(viewsOf(joined).tokens).toEqual([...viewsOf(question).tokens, ...viewsOf(story).tokens]);
    expect(viewsOf(`${story} ${question}`)).toEqual(readInOnePiece(`${story} ${question}`));
  });
});
