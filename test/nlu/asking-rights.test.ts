import { asksWhatMayBeAskedFor, ASKING_RIGHTS_OVERRULES_BELOW } from '../../src/nlu/askingRights';
import { assistantFor, COUNCILLOR_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

// messy-round36: a member asking what they may ask officers for is asking about their right to information
// (document_access), not handing a question over or directing staff. My own wording, none from an evaluation set.
describe('what a member may ask officers for (askingRights.ts)', () => {
  test('is told by "what may I ask (officers) for" or "request from (staff)"', () => {
    expect(asksWhatMayBeAskedFor('so what exactly am I entitled to ask officers for?')).toBe(true);
    expect(asksWhatMayBeAskedFor('What kind of information can a member request from the office?')).toBe(true);
    expect(asksWhatMayBeAskedFor('what can councillors ask the deputy clerk for')).toBe(true);
  });

  test('asking them to do something, or what was asked, is not', () => {
    expect(asksWhatMayBeAskedFor('what can I ask the clerk to do about the verges?')).toBe(false);
    expect(asksWhatMayBeAskedFor('what did I ask the clerk for last week?')).toBe(false);
    expect(asksWhatMayBeAskedFor('should I ask the clerk for a copy of the lease?')).toBe(false);
  });

  test('overrules a hand-over or a weak other topic, not a sure one, nor an officer asking', () => {
    const text = 'what am I entitled to ask officers for?';
    expect(readingRuleDecision(text, { label: 'ask_the_clerk', confidence: ASKING_RIGHTS_OVERRULES_BELOW - 0.2 }, 'councillor')).toEqual({ intent: 'document_access' });
    expect(readingRuleDecision(text, { label: 'instructing_officers', confidence: ASKING_RIGHTS_OVERRULES_BELOW - 0.1 }, 'councillor')).toEqual({ intent: 'document_access' });
    expect(readingRuleDecision(text, { label: 'instructing_officers', confidence: 0.9 }, 'councillor')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'ask_the_clerk', confidence: 0.4 }, 'officer')).toBeUndefined();
  });

  test('is read as document access by the assistant', () => {
    // ask_the_clerk without the rule ("ask the clerk")
    expect(assistantFor('alsager').answer('As a brand new councillor, what am I allowed to ask the clerk for?', COUNCILLOR_ASKER).intent).toBe('document_access');
  });
});
