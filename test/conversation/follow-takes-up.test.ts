import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * Follow-ups that take up what the last answer said ("you mentioned keeping members in the loop - …") or
 * look at the thread's situation from someone else's side ("from her point of view, …") (eighth session,
 * follow14). Situations written for these tests.
 */

const threads = assistantWithThreads('halstead');

const ask = (text: string, thread: string, council: string, role: 'councillor' | 'officer') =>
  threads.assistant.answer(text, { id: `test:${role}`, name: 'Test', role }, { council, record: false, thread });

describe('a turn that takes up the last answer', () => {
  test.each([
    'you said a reasonable time - what if the pavilion roof is leaking and it cannot wait?',
    'as you said, I would need a reason - is sitting on the parks committee enough?',
    'your answer says the clerk decides, so who checks her decision?',
    'so you mentioned the chair, but what about the vice-chair?',
  ])('"%s" continues the thread', (text) => {
    const form = readTurn(text);
    expect(form.continues).toBe(true);
    expect(form.refersBack).toBe(true);
  });

  test('"you mentioned …" keeps a long follow-up on the thread\'s topic', () => {
    const thread = 'takes-up-ward';
    expect(ask('Should I let the ward councillor know when we start resurfacing the car park in her area?', thread, 'halstead', 'officer').intent).toBe('ward_matters_and_public_meetings');
    const next = ask('you mentioned keeping members in the loop - does that include the district councillor as well?', thread, 'halstead', 'officer');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('ward_matters_and_public_meetings');
  });

  test('a question that merely contains "you said" later is not one', () => {
    expect(readTurn('can a councillor repeat in public what you said in a private email?').continues).toBe(false);
  });
});

describe("the thread's situation from someone else's side", () => {
  test.each([
    "from the treasurer's point of view, is that a problem?",
    'seen from her end, what can she expect from us?',
    "looking at it from the staff's side, who would they tell?",
    'and from my own perspective, what should I have done?',
  ])('"%s" continues the thread', (text) => {
    expect(readTurn(text).continues).toBe(true);
  });

  test.each(['from next month, can councillors book the hall themselves?', 'from home, can I ring the clerk after six?'])('"%s" is not a point of view', (text) => {
    expect(readTurn(text).continues).toBe(false);
  });

  test("another person's point of view keeps the thread's topic", () => {
    const thread = 'side-meal';
    expect(ask('Am I allowed to go for a meal with the assistant clerk now and again?', thread, 'cottingham', 'councillor').intent).toBe('personal_relationships');
    const next = ask('from her point of view, could it make things awkward in the office?', thread, 'cottingham', 'councillor');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('personal_relationships');
  });
});
