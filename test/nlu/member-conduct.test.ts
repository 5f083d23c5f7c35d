import { asksWhetherAMembersConductWasAcceptable } from '../../src/nlu/memberConduct';
import { findQuestion } from '../../src/nlu/question';
import { assistantFor, OFFICER_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

const asks = (text: string): boolean => asksWhetherAMembersConductWasAcceptable(text, findQuestion(text));

describe("a member's harsh words to staff, asked about as a standard (memberConduct.ts)", () => {
  test('a member named, harsh words told and the officer asking whether that was acceptable', () => {
    expect(asks('The mayor told me off in front of the public for a late agenda. Is that allowed?')).toBe(true);
    expect(asks('A councillor called my budget paper drivel on Facebook. is that ok')).toBe(true);
    expect(asks('Cllr Ames raised his voice at the admin assistant again. Is a councillor allowed to do that?')).toBe(true);
    expect(asks('A member shouted at me in the corridor. Was that out of line?')).toBe(true);
  });

  test('a remedy asked, no harsh words, no member or no question of the standard: not this rule', () => {
    // What to do or whom to tell is the complaint's (mistreatedOfficer.ts), even beside "is that allowed".
    expect(asks('The chair told me off in front of everyone. Is that allowed, and who do I tell?')).toBe(false);
    // A late call or a demand without harsh words: response times or instructing officers.
    expect(asks('A councillor rang me at 10pm about the bins. Is that ok?')).toBe(false);
    expect(asks('My manager told me off for being late. Is that allowed?')).toBe(false);
    expect(asks('A councillor slated the new bus timetable. Will the council respond?')).toBe(false);
  });

  test('overrules a weak reading of another topic, only for an officer or the Clerk', () => {
    const text = 'The vice chair had a go at me after committee about the minutes. Is that acceptable?';
    expect(readingRuleDecision(text, { label: 'chairs_and_committees', confidence: 0.4 }, 'officer')).toEqual({ intent: 'respect_and_courtesy' });
    expect(readingRuleDecision(text, { label: 'chairs_and_committees', confidence: 0.4 }, 'clerk')).toEqual({ intent: 'respect_and_courtesy' });
    expect(readingRuleDecision(text, { label: 'chairs_and_committees', confidence: 0.4 }, 'councillor')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'chairs_and_committees', confidence: 0.7 }, 'officer')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'protocol_breaches', confidence: 0.4 }, 'officer')).toBeUndefined();
  });

  test('the assistant reads such a message as respect and courtesy', () => {
    // chairs_and_committees (0.43) without the rule, respect_and_courtesy second (0.23)
    const text = 'The vice chair told me off in front of the whole committee for being two minutes late with the papers. Is that allowed?';
    expect(assistantFor('flitwick').answer(text, OFFICER_ASKER).intent).toBe('respect_and_courtesy');
  });
});
