import { AnswerSelector } from '../../src/answer/select';
import { prefixedForms, protocolWordsFor } from '../../src/answer/synonyms';
import { parseProtocol } from '../../src/protocols/parse';

// answers30: people say "I'm not sure", protocols "anyone unsure"; the answer stage read the two as different words,
// so the sentence that answers could share nothing with the question. Messages and clause texts are my own wording,
// not taken from any evaluation set or pair file.

describe('a negated word is also read as its negative-prefixed form', () => {
  test.each([
    ["I'm not sure whether I can keep the hamper.", 'unsure'],
    ['We still do not agree about the lease.', 'disagree'],
    ["We still don't agree about the lease.", 'disagree'],
    ['we still dont agree about the lease', 'disagree'],
    ["I won't be able to make Thursday's meeting.", 'unable'],
    ["It isn't really clear who signs the cheques.", 'unclear'],
    ['I am not happy with how the caretaker spoke to me.', 'unhappy'],
    ['The councillor was not polite to the receptionist.', 'impolite'],
  ])('%s', (message, prefixed) => {
    expect(prefixedForms(message)).toContain(prefixed);
    expect(protocolWordsFor(message).join(' ').split(' ')).toContain(prefixed);
  });

  test('"not happy" also brings what "unhappy" brings in the protocol\'s words', () => {
    expect(protocolWordsFor('I am not happy with the groundsman.').join(' ')).toContain('dissatisfied');
  });

  test.each([
    ["It's not unusual for the chair to ring the office.", 'a double negative means the plain word'],
    ['I am not unreasonable, I just want an answer.', 'a double negative means the plain word'],
    ['I want clear guidance on gifts.', 'a word ending in "nt" is no negation'],
    ['Make sure the agenda goes out on time.', 'no negation at all'],
    ['I am sure the clerk is able to help.', 'no negation at all'],
  ])('no prefixed form: %s (%s)', (message) => {
    expect(prefixedForms(message)).toEqual([]);
  });
});

describe('a question saying "not sure", answered by a protocol saying "unsure"', () => {
  const TEXT = [
    '1. Gifts and hospitality',
    '',
    '1.1 Councillors and staff must record any gift or hospitality worth more than £25 in the register kept by the Clerk. Anyone unsure whether something may be kept should ask the Clerk before accepting it.',
    '',
    '2. Meetings',
    '',
    '2.1 The Clerk sends the agenda to every councillor at least three clear days before a meeting.',
    '',
    '3. Premises',
    '',
    '3.1 Councillors may use the committee room for ward surgeries when it is free, booked through the office.',
    '',
  ].join('\n');

  test('the sentence for the unsure is the answer', () => {
    const { clauses } = parseProtocol(TEXT, 'test');
    const question = "A supplier left a hamper on my desk and I'm not sure. Who do I check with?";
    const chosen = new AnswerSelector().choose(clauses, question, 'officer', [{ clause: clauses[0], prior: 1 }]);
    expect(chosen?.text).toContain('Anyone unsure whether something may be kept');
  });
});
