import { Conversations } from '../../src/conversation/follow';
import { MemoryContextStore } from '../../src/conversation/store';
import { asMeant, readTurn } from '../../src/conversation/turn';
import { reading, threadOn } from '../support/readings';

/**
 * A follow-up that says what the asker meant after a first reading the thread was unsure of: "I mean" at the end, or what
 * was not meant first ("not the job, I mean …"), is a correction, and a correction with a topic of its own is read as
 * that topic rather than leaning on the reading it corrects (eleventh session, follow19). Situations written for these tests.
 */
describe('corrections said the other way round or at the end', () => {
  test.each([
    'answering the phone out of hours I mean',
    'the grant for the bowls club, I meant',
    'not the job, I mean do I need to tell anyone she is my cousin',
    'not that - can the office photocopy my ward leaflets',
    'sorry, not his hobby, I meant his role on the playing fields trust',
    'no, not chasing invoices, whether she can tell me what to do first',
  ])('"%s" corrects the turn before', (text) => {
    expect(readTurn(text).corrects).toBe(true);
  });

  test.each([
    'not being funny, but can a councillor ask me to walk his dog?',
    'not sure, but who decides the agenda?',
    'not even in an emergency?',
    'what do you mean by that?',
  ])('"%s" is no correction', (text) => {
    expect(readTurn(text).corrects).toBe(false);
  });

  test.each([
    ['not the job, I mean do I need to tell anyone she is my cousin', 'I mean do I need to tell anyone she is my cousin'],
    ['sorry, not his hobby, I meant his role on the playing fields trust', 'I meant his role on the playing fields trust'],
    ['not that - can the office photocopy my ward leaflets', 'I mean can the office photocopy my ward leaflets'],
  ])('what was not meant is taken off the front of "%s"', (text, meant) => {
    expect(asMeant(text)).toBe(meant);
  });

  test('"not being funny, but …" keeps its words', () => {
    expect(asMeant('not being funny, but can a councillor ask me to walk his dog?')).toBeUndefined();
  });
});

/** The weighing itself, with made-up readings: what the thread does to a correction, whatever the model says. */
describe('a correction after a reading the thread was unsure of', () => {
  const conversations = new Conversations(new MemoryContextStore(), () => 0);
  const thread = (intent: string, distribution: Record<string, number>) => threadOn(intent, distribution, { council: 'halstead', clause: '12' });
  const emails = reading(['response_times', 0.56], ['correspondence', 0.35], ['out_of_scope', 0.02]);
  const unsure = thread('personal_relationships', { personal_relationships: 0.47, complaint_about_councillor: 0.3, out_of_scope: 0.1 });
  const sure = thread('personal_relationships', { personal_relationships: 0.9, complaint_about_councillor: 0.05 });

  test('one naming a matter of its own is read as that matter, not the reading it corrects', () => {
    const read = conversations.read(unsure, 'no, I meant getting back to their emails', emails);
    expect(read.result.intent).toBe('response_times');
    expect(read.followUp).toBe(false);
  });

  test('"… I mean" at the end is such a correction', () => {
    expect(conversations.read(unsure, 'getting back to their emails I mean', emails).result.intent).toBe('response_times');
  });

  test('a sure thread still weighs a correction against its topic', () => {
    const read = conversations.read(sure, 'no, I meant getting back to their emails', emails);
    expect(read.followUp).toBe(true);
    expect(read.result.intent).toBe('personal_relationships');
  });

  test('a correction naming only whom it is about stays on the unsure thread\'s topic', () => {
    const read = conversations.read(unsure, 'sorry, I meant the clerk', reading(['roles_of_officers', 0.7], ['complaint_about_officer', 0.2]));
    expect(read.followUp).toBe(true);
    expect(read.result.intent).toBe('personal_relationships');
  });
});
