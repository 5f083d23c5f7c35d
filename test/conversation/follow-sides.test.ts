import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * Follow-ups that look at the thread's situation from someone's side without saying "point of view"
 * ("speaking for the officers' side, …", "in the clerk's shoes, …", "for my part, …") (eighth session,
 * follow15). Situations written for these tests.
 */
const threads = assistantWithThreads('cottingham');

const ask = (text: string, thread: string, council: string, role: 'councillor' | 'officer') =>
  threads.assistant.answer(text, { id: `test:${role}`, name: 'Test', role }, { council, record: false, thread });

describe("a side named without 'point of view'", () => {
  test.each([
    "speaking for the admin team's side, what should we expect?",
    'speaking on the treasurer\'s behalf - is she covered?',
    'on the staff side of things, who signs it off?',
    "and on the members' side, do they get told?",
    "for the caretaker's part, can he refuse?",
    'for my part, what should I put in writing?',
    "putting myself in the deputy clerk's shoes, would I feel pressured?",
    'in her shoes, who would she go to?',
    'as far as the auditors are concerned, is that enough?',
    'from where the chairman sits, does it matter?',
    'wearing my allotments committee hat, can I still vote?',
  ])('"%s" continues the thread', (text) => {
    const form = readTurn(text);
    expect(form.continues).toBe(true);
    expect(form.refersBack).toBe(true);
  });

  test.each([
    'on the planning side is there anything councillors should avoid saying?',
    'on the finance side, who signs the cheques?',
    'as far as the budget is concerned, can we still buy the new benches?',
    'for part of the year the office closes early - can councillors still get in?',
    'speaking at the public forum as a resident, am I allowed to criticise the clerk?',
  ])('"%s" asks its own question', (text) => {
    expect(readTurn(text).continues).toBe(false);
  });

  test("'in the clerk's shoes' keeps the thread's topic", () => {
    const thread = 'sides-exempt';
    expect(ask('Can I tell residents what was discussed in the exempt part of the meeting?', thread, 'cottingham', 'councillor').intent).toBe('confidential_information');
    const next = ask("in the clerk's shoes, what would worry you most?", thread, 'cottingham', 'councillor');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('confidential_information');
  });

  test("'as far as … is concerned' keeps the thread's topic", () => {
    const thread = 'sides-register';
    expect(ask('Must I register the allotment I rent from the council as an interest?', thread, 'alsager', 'councillor').intent).toBe('interests_and_conflicts');
    const next = ask('as far as the monitoring officer is concerned, is a late entry a problem?', thread, 'alsager', 'councillor');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('interests_and_conflicts');
  });
});
