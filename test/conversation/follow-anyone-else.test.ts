import { movesIn } from '../../src/conversation/moves';
import { assistantWithThreads } from '../support/threads';

/**
 * follow26: a bare "anyone else?" after an answer asks for someone other than the one quoted, however confidently its few
 * words read as a hello on their own; a greeting with no thread before it is still a greeting. Situations written for these tests.
 */
const threads = assistantWithThreads();

const ask = (text: string, thread: string, council: string) =>
  threads.assistant.answer(text, { id: 'test:councillor', name: 'Test', role: 'councillor' }, { council, record: false, thread });

describe('asking for someone else in the fewest words', () => {
  test.each(['no one else?', 'nobody else then?', 'so, is there no-one else?', 'any other way?'])('"%s" asks for another', (text) => {
    expect(movesIn(text).map((m) => m.name)).toContain('alternative');
  });

  test.each(['nobody else is around', 'no one else knows about it?', 'anything else?'])('"%s" does not', (text) => {
    expect(movesIn(text).map((m) => m.name)).not.toContain('alternative');
  });

  test.each([
    ['cottingham', 'can I have the caretaker set out tables for my ward coffee morning?', 'is there anyone else then?'],
    ['alsager', 'a councillor keeps emailing me late at night demanding answers', 'anyone else?'],
  ])('after an answer (%s), "%s" then "%s" is a follow-up on the same topic, not a hello', (council, first, next) => {
    const opening = ask(first, `else-${council}`, council);
    const reply = ask(next, `else-${council}`, council);
    expect(reply.followUp).toBe(true);
    expect(reply.intent).not.toBe('greeting');
    expect(reply.intent).toBe(opening.intent);
  });

  test('a greeting that opens a thread is still a greeting', () => {
    expect(ask('hello there', 'else-hello', 'flitwick').intent).toBe('greeting');
  });
});
