import { findQuestion } from '../../src/nlu/question';
import { asksHowPressGoesThroughTheOffice } from '../../src/nlu/pressRouting';
import { assistantFor, COUNCILLOR_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

const councillor = COUNCILLOR_ASKER;

const pressRouted = (message: string): boolean => asksHowPressGoesThroughTheOffice(message, findQuestion(message));

describe('the press, and whether it goes through the office', () => {
  test('is told by the press named and a question of the route through the office or the Clerk', () => {
    expect(pressRouted('A woman from the Echo wants a comment from me on the speed cameras. Does it have to go via the clerk?')).toBe(true);
    expect(pressRouted("Radio Kent asked me onto the morning show about the bypass. Do I need the clerk's ok before I go on?")).toBe(true);
    expect(pressRouted('a journalist keeps texting me about the allotment row, should i run it past the office first')).toBe(true);
  });

  test('a route asked with no press in the message is not', () => {
    expect(pressRouted('I want the verges cut before the fete. Does that go through the office?')).toBe(false);
    expect(pressRouted('The Post Office is closing on the high street. Should I check with the clerk before I sign the petition?')).toBe(false);
  });

  test('staff asked to act, with the press only where the matter came from, is not', () => {
    expect(pressRouted('The paper says the bus shelter is a disgrace. Can I get the office to send someone, or does it go through committee?')).toBe(false);
  });
});

describe('a press contact routed through the office, read as instructing staff', () => {
  test('gives way to media relations', () => {
    // instructing_officers at 0.48 and 0.53 without the rule
    expect(assistantFor('alsager').answer('the telly people want to film me by the river for the news tonight. does that go thru the office?', councillor).intent)
      .toBe('media_relations');
    expect(assistantFor('halstead').answer('the radio want me on at 8 tmrw about the flood. does everything go through the clerk or can i just do it', councillor).intent)
      .toBe('media_relations');
  });

  test("a weak reading of the officers' role gives way too, a sure one or another topic's does not", () => {
    const text = 'If the radio asks me about the fireworks budget can I answer, or is that the clerk\'s job?';
    expect(readingRuleDecision(text, { label: 'roles_of_officers', confidence: 0.3 })).toEqual({ intent: 'media_relations' });
    expect(readingRuleDecision(text, { label: 'roles_of_officers', confidence: 0.75 })).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'finance_and_contracts', confidence: 0.3 })).toBeUndefined();
  });

  test('a request for staff to act stays instructing', () => {
    expect(assistantFor('flitwick').answer('I want the verges cut before the fete. Can I ask the office to sort it or does that go through committee?', councillor).intent)
      .toBe('instructing_officers');
  });
});
