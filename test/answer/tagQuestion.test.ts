import { questionType } from '../../src/answer/questionType';

// walks44: a story closed by a tag question ("…, is that ok", typed with no question mark) asks whether what it tells is
// allowed, as "Is it OK to …?" does. A long story, or one with no comma before the tag, was read as asking nothing in
// particular ('other'), or by a relative "who" in the story as asking who, so the sentence that states the rule had no
// cue and the message got no answer.
// Questions and clause texts are my own wording, not taken from any evaluation set or pair file.

describe('a message closed by "is that ok"', () => {
  test('asks permission, typed with or without a comma or question mark', () => {
    expect(questionType('a supplier has offered to take me to the races worth about 80 quid is that ok')).toBe('can');
    expect(questionType('the supplier who does our bins has offered me a day at the races as a thank you, is that alright?')).toBe('can');
    expect(questionType('i ran off my campaign posters on the office copier last night, would that be acceptable')).toBe('can');
  });

  test('but "ok" inside the story does not make it one', () => {
    expect(questionType('the clerk said it is ok for the grounds team to start at seven, who decides the hours')).toBe('who');
  });
});
