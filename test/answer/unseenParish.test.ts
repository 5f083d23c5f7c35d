import { asksForNextStep, laterStepCue, remedyCue } from '../../src/answer/questionType';
import { protocolWordsFor } from '../../src/answer/synonyms';

/**
 * answers49: a parish council's protocol as Word publishes it, asked in everyday words by people who did not write it.
 * The messages and sentences here are my own, written for this test (not the design set's).
 */
describe('a setback and a next step told in everyday words', () => {
  test('no one has come back to the asker: a setback', () => {
    expect(asksForNextStep("I chased the office about the footpath a month ago and they still haven't got back to me. What can I do?")).toBe(true);
    expect(asksForNextStep('The assistant clerk never came back to me about the grit bins. What now?')).toBe(true);
  });

  test('"is there anyone above her I can go to", "where can it go from here": asking for the next step', () => {
    expect(asksForNextStep('The clerk refused to show me the lease. Is there someone higher up I can go to?')).toBe(true);
    expect(asksForNextStep("We talked it over with the clerk and it hasn't worked. Where does it go from here?")).toBe(true);
  });

  test('asking the first step is still no next step', () => {
    expect(asksForNextStep('Who do I ask to see the lease?')).toBe(false);
    expect(asksForNextStep('Is there anyone I can go to about the lease?')).toBe(false);
  });

  test('"has not received a response" is the setback a later step is written for', () => {
    const sentence = 'If a member has not received a response within fifteen working days, he or she may refer the matter to the Vice-Chairman.';
    expect(remedyCue(sentence)).toBe(1);
    expect(laterStepCue(sentence)).toBe(true);
    expect(remedyCue('The Clerk will send a response within fifteen working days.')).toBe(0);
  });
});

describe("the protocol's words for a few everyday ones", () => {
  const words = (message: string) => protocolWordsFor(message).join(' ').split(' ');

  test('who hires or replaces someone asks who appoints', () => {
    expect(words('Who hires the handyman?')).toContain('appointed');
    expect(words('Who chooses a replacement when the deputy clerk goes?')).toContain('appointed');
  });

  test('a yearly review is an appraisal; a statement to the press is a press release', () => {
    expect(words('Who does the clerk’s yearly review?')).toEqual(expect.arrayContaining(['annual', 'appraisal']));
    expect(words('Who writes the press statements?')).toContain('release');
    expect(words('Who reviews the protocol?')).not.toContain('appraisal');
  });

  test('fearing trouble for complaining is fearing a detriment; trouble alone is not', () => {
    expect(words('Could I land in trouble if I report the vice-chairman?')).toContain('detriment');
    expect(words('What trouble is a councillor in for breaking this?')).not.toContain('detriment');
  });
});
