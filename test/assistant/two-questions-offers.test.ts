import type { Asker } from '../../src/assistant/reply';
import { assistantWithThreads } from '../support/threads';

/**
 * twoq19: after a reply to two questions, the thread keeps each question's offer. A bare "yes" takes
 * the only one (the further question's, when the first offered nothing) or asks which, naming both;
 * "the second one", "the complaint one" pick. (Messages written for this test.)
 */
const threads = assistantWithThreads();
const councillor: Asker = { id: 'console:twoq19', name: 'Robin', role: 'councillor' };
const ONLY_THE_SECOND_OFFERS = 'can I speak to the press about the budget? also can the clerk send me the minutes of the last meeting?';
const BOTH_OFFER = 'can the clerk send me the minutes of the last meeting? and who do I complain to about the caretaker being rude?';
let n = 0;
const conversation = (council = 'flitwick') => {
  const thread = `twoq19-${++n}`;
  return (text: string) => threads.assistant.answer(text, councillor, { council, record: false, thread });
};

describe('only the further question offers a form', () => {
  test.each(['flitwick', 'tewkesbury'])('%s: "yes please" opens it, filled from that question', (council) => {
    const say = conversation(council);
    const reply = say(ONLY_THE_SECOND_OFFERS);
    expect(reply.actions.map((a) => [a.kind, a.forQuestion])).toEqual([['document_request', 1]]);
    const yes = say('yes please');
    expect(yes.open).toEqual({ kind: 'document_request', label: 'Request these documents', prefill: { subject: 'can the clerk send me the minutes of the last meeting' } });
    expect(yes.intent).toBe('document_access');
  });

  test('"the second one" opens it too; "the first one" opens nothing', () => {
    const say = conversation();
    say(ONLY_THE_SECOND_OFFERS);
    expect(say('the first one').open).toBeUndefined();
    const again = conversation();
    again(ONLY_THE_SECOND_OFFERS);
    expect(again('the second one').open?.kind).toBe('document_request');
  });

  test('a follow-up question after it is read as before, not as taking the offer', () => {
    const say = conversation();
    say(ONLY_THE_SECOND_OFFERS);
    const next = say('what about officers?');
    expect(next.open).toBeUndefined();
    expect(next.summary).not.toMatch(/^Which shall I open/);
  });
});

describe('both questions offer a form', () => {
  test('a bare "yes" asks which, naming both in plain words, with both buttons and no form open', () => {
    const say = conversation();
    const reply = say(BOTH_OFFER);
    expect(reply.actions.map((a) => a.kind)).toEqual(['complaint', 'document_request']);
    const yes = say('yes');
    expect(yes.open).toBeUndefined();
    expect(yes.summary).toBe(
      'Which shall I open? The first: the complaint form, for "who do I complain to about the caretaker being rude". The second: the document request, for "can the clerk send me the minutes of the last meeting". Say "the first" or "the second".',
    );
    expect(yes.actions.map((a) => a.kind)).toEqual(['complaint', 'document_request']);
    expect(yes.clauses).toEqual([]);
    // Asking which used up nothing: "yes" again asks again, and a pick opens its form.
    expect(say('ok').summary).toMatch(/^Which shall I open\?/);
    expect(say('the second').open).toEqual({ kind: 'document_request', label: 'Request these documents', prefill: { subject: 'can the clerk send me the minutes of the last meeting' } });
  });

  test('"the complaint one" opens the complaint form, about the caretaker (an officer), from the first question', () => {
    const say = conversation();
    say(BOTH_OFFER);
    expect(say('the complaint one').open).toMatchObject({ kind: 'complaint', prefill: { about: 'officer' } });
  });

  test('"the minutes one" and "2" pick by the question\'s words and by number', () => {
    for (const pick of ['the minutes one', '2']) {
      const say = conversation();
      say(BOTH_OFFER);
      expect(say(pick).open?.kind).toBe('document_request');
    }
  });

  test('once a form has opened, the offers are used up', () => {
    const say = conversation();
    say(BOTH_OFFER);
    say('the second');
    expect(say('yes').open).toBeUndefined();
  });
});

test('one question, one offer: "yes please" opens it as before', () => {
  const say = conversation();
  say('can I see the contracts file for the play area?');
  expect(say('yes please').open).toMatchObject({ kind: 'document_request', prefill: { subject: expect.stringMatching(/contracts file for the play area/) } });
});

test("the questions' words stay in the thread's memory only while their offers are open", () => {
  const thread = 'twoq19-memory';
  const say = (text: string) => threads.assistant.answer(text, councillor, { council: 'flitwick', record: false, thread });
  const kept = () => JSON.stringify(threads.assistant.conversations.load(thread, 'flitwick'));
  say(BOTH_OFFER);
  expect(kept()).toContain('caretaker being rude');
  say('thanks');
  expect(kept()).toContain('caretaker being rude');
  say('the first');
  // (The short document phrase is a slot, kept as ever; the questions themselves are gone.)
  expect(kept()).not.toMatch(/caretaker|"offers"/);
});

test('after a reply to one question, naming other documents is a new question, not a pick of its offer', () => {
  const say = conversation();
  say('can I see the contracts file for the play area?');
  const next = say('request the minutes of the planning meeting');
  expect(next.open).toBeUndefined();
  expect(next.summary).not.toMatch(/^Which shall I open/);
});
