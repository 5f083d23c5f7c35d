import { asksAboutOwnEmployment, OWN_EMPLOYMENT_OVERRULES_BELOW } from '../../src/nlu/ownEmployment';
import { asksOfProtocolsStatus, asksWhomProtocolCovers } from '../../src/nlu/protocolItself';
import { asksOfConfidencesAfterOffice } from '../../src/nlu/afterOffice';
import { findQuestion } from '../../src/nlu/question';
import { assistantFor, COUNCILLOR_ASKER, OFFICER_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

describe("an officer's own appraisal, pay, leave, overtime or training (ownEmployment.ts)", () => {
  test.each([
    'my yearly appraisal keeps being put off, who sorts that',
    'can a member help with my salary',
    'nobody has looked at my overtime claim for weeks',
    "I'm being underpaid for what I do",
    'I have been staying late unpaid most weeks',
    "I haven't had an appraisal since I started",
    'who decides if I get a raise this year',
  ])('"%s" names a term of the asker\'s own employment', (text) => {
    expect(asksAboutOwnEmployment(text)).toBe(true);
  });

  test.each([
    // payroll and leave administration: out of scope, no protocol answers it
    'how many days of annual leave do I get',
    'how do I book my holiday on the system',
    'what date does my salary go in',
    'my leave form went missing, who has it',
    // news, not a matter asked or troubled over
    'back from my holiday in Wales today',
    // contact in the asker's own time: response_times
    'can the chairman phone me on my day off',
    // a member acting: the member may be the one complained of
    'a councillor keeps bringing up my sick leave in meetings',
    // no term of the asker's own
    'who approves the council budget',
  ])('"%s" does not', (text) => {
    expect(asksAboutOwnEmployment(text)).toBe(false);
  });

  test('overrules an unevidenced or weak reading for an officer or the Clerk, not a strong one, not for a councillor', () => {
    const text = 'my appraisal has been cancelled three times now';
    expect(readingRuleDecision(text, { label: 'out_of_scope', confidence: 0.8, reason: 'classified' }, 'officer')).toEqual({ intent: 'staff_personal_matters' });
    expect(readingRuleDecision(text, { label: 'request_status', confidence: OWN_EMPLOYMENT_OVERRULES_BELOW - 0.1 }, 'clerk')).toEqual({ intent: 'staff_personal_matters' });
    expect(readingRuleDecision(text, { label: 'request_status', confidence: 0.9 }, 'officer')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'out_of_scope', confidence: 0.8, reason: 'classified' }, 'councillor')).toBeUndefined();
  });

  test("is read as the officer's own matter by the assistant", () => {
    // out of scope without the rule ("claim", "ignored")
    expect(assistantFor('cottingham').answer('my overtime claim has been ignored for a month', OFFICER_ASKER).intent).toBe('staff_personal_matters');
  });
});

describe("a short question of the protocol's own status or reach (protocolItself.ts)", () => {
  const status = (text: string): boolean => asksOfProtocolsStatus(findQuestion(text), text);
  const covers = (text: string): boolean => asksWhomProtocolCovers(findQuestion(text), text);

  test.each([
    'when was this thing last revised',
    'is this rulebook up to date',
    'is this legally binding or just guidance',
    'what if this conflicts with our standing orders',
    'who decides if we interpret a paragraph differently',
  ])('"%s" asks of its status', (text) => {
    expect(status(text)).toBe(true);
  });

  test.each([
    ['does the protocol cover the deputy mayor too', true],
    ['does this apply to agency staff like me', true],
    ['are temps bound by this protocol', true],
    // people, then a topic of its own: left to the protocol frame and the classifier
    ['does the protocol cover councillors talking to the press', false],
    ['can I see the document the clerk wrote', false],
  ])('"%s" asks whom it covers: %s', (text, expected) => {
    expect(covers(text)).toBe(expected);
  });

  test('a document asked for, with no status of the protocol, is not its status', () => {
    expect(status('can I read the document before the meeting')).toBe(false);
    expect(status('the clerk updated me on the planning application')).toBe(false);
  });

  test('overrules a sure reading only for whom it covers', () => {
    expect(readingRuleDecision('does the protocol cover the deputy mayor too', { label: 'chairs_and_committees', confidence: 0.99 }, 'councillor')).toEqual({
      intent: 'protocol_status_and_interpretation',
    });
    expect(readingRuleDecision('is this rulebook up to date', { label: 'document_access', confidence: 0.9 }, 'councillor')).toBeUndefined();
    expect(readingRuleDecision('is this rulebook up to date', { label: 'document_access', confidence: 0.4 }, 'councillor')).toEqual({
      intent: 'protocol_status_and_interpretation',
    });
  });

  test("is read as the protocol's status by the assistant", () => {
    // chairs_and_committees without the rule (the frame leaves "the deputy mayor")
    expect(assistantFor('alsager').answer('does the protocol cover the deputy mayor too', COUNCILLOR_ASKER).intent).toBe('protocol_status_and_interpretation');
  });
});

describe('a confidence once out of office (afterOffice.ts)', () => {
  test.each([
    ['once I step down can I talk about the part 2 items', true],
    ['if I lose my seat in May, can I reveal what I heard', true],
    ['after my term is over, do I still keep quiet about closed session business', true],
    // leaving office with no confidence in it
    ['once I stand down can I apply for the clerk job', false],
    // a confidence with no leaving
    ['can I share what I know about the land sale', false],
  ])('"%s": %s', (text, expected) => {
    expect(asksOfConfidencesAfterOffice(text)).toBe(expected);
  });

  test('overrules an unevidenced reading, not for an officer asking', () => {
    const text = 'if I resign can I tell people what happened in closed session';
    expect(readingRuleDecision(text, { label: 'out_of_scope', confidence: 0.6, reason: 'classified' }, 'councillor')).toEqual({ intent: 'confidential_information' });
    expect(readingRuleDecision(text, { label: 'out_of_scope', confidence: 0.6, reason: 'classified' }, 'officer')).toBeUndefined();
  });

  test('is read as confidential information by the assistant', () => {
    // out of scope without the rule
    expect(assistantFor('flitwick').answer('do I still have to keep secrets once my term ends', COUNCILLOR_ASKER).intent).toBe('confidential_information');
  });
});
