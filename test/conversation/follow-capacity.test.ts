import type { ThreadContext } from '../../src/conversation/context';
import { roleInThread } from '../../src/conversation/follow';
import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * follow27: after "and if I'm an officer?" from a councillor, the thread's next follow-ups are asked as an officer (a
 * complaint from there is about a councillor), until a question of its own; "what other options do I have?" asks about the
 * thread's situation. Situations written for these tests.
 */
const threads = assistantWithThreads();

const ask = (text: string, thread: string, council: string) =>
  threads.assistant.answer(text, { id: 'test:councillor', name: 'Test', role: 'councillor' }, { council, record: false, thread });

const context = (over: Partial<ThreadContext>): ThreadContext => ({
  council: 'alsager',
  role: 'councillor',
  turns: 1,
  topic: { intent: 'premises_access', distribution: { premises_access: 0.9 }, clauses: [] },
  slots: {},
  updatedAt: 0,
  ...over,
});

describe('the capacity a follow-up takes on', () => {
  test('"and if I\'m an officer?" after a councillor\'s complaint about an officer asks an officer\'s about a councillor', () => {
    ask('how do I lodge a complaint about a housing officer who never returns my calls?', 'cap-tewk', 'tewkesbury');
    const reply = ask("and if I'm an officer?", 'cap-tewk', 'tewkesbury');
    expect(reply.intent).toBe('complaint_about_councillor');
    expect(reply.answer?.ref).toBe('2.26');
  });

  test('the turn after it is still asked as an officer: "who do I complain to then?" is about a councillor', () => {
    ask('can I press an officer to soften the conclusions in his report on the pavilion?', 'cap-hal', 'halstead');
    ask("and if I'm the officer?", 'cap-hal', 'halstead');
    const reply = ask('who do I complain to then?', 'cap-hal', 'halstead');
    expect(reply.followUp).toBe(true);
    expect(reply.intent).toBe('complaint_about_councillor');
  });

  test('the thread is read in the capacity taken on, a turn taking one on in that one, and otherwise in the asker\'s own', () => {
    expect(roleInThread(context({ capacity: 'officer' }), 'who looks at it?', 'councillor')).toBe('officer');
    expect(roleInThread(context({}), "what if I'm the clerk?", 'councillor')).toBe('clerk');
    expect(roleInThread(context({ capacity: 'officer' }), 'and as a councillor?', 'councillor')).toBe('councillor');
    expect(roleInThread(context({}), 'who looks at it?', 'councillor')).toBe('councillor');
    expect(roleInThread(context({ topic: undefined, capacity: 'officer' }), 'who looks at it?', 'councillor')).toBe('councillor');
    expect(roleInThread(undefined, "and if I'm an officer?", 'councillor')).toBe('councillor');
  });

  test('a question of its own after it is read in the asker\'s own role, and ends it', () => {
    ask('can I walk into the council workshop to check on the new mower?', 'cap-own', 'alsager');
    ask("and if I'm an officer?", 'cap-own', 'alsager');
    const own = threads.assistant.read('can a councillor see the personnel committee minutes?', { council: 'alsager', role: 'councillor', thread: 'cap-own' });
    expect(own.reading?.followUp).toBe(false);
    expect(own.reading?.capacity).toBeUndefined();
  });
});

describe('asking for another option', () => {
  test.each(['what other options do I have?', 'what else can I do then?', 'anything else I can do?'])('"%s" asks about the situation', (text) => {
    expect(readTurn(text).asksForOptions).toBe(true);
  });

  test('"what else do I need to send?" does not', () => {
    expect(readTurn('what else do I need to send?').asksForOptions).toBe(false);
  });

  test('after an answer, "what other options do I have?" stays on the topic rather than reading as help with the bot', () => {
    const opening = ask('can I get the groundsman to clear the leaves from the war memorial?', 'opt-flit', 'flitwick');
    const reply = ask('what other options do I have?', 'opt-flit', 'flitwick');
    expect(reply.followUp).toBe(true);
    expect(reply.intent).toBe(opening.intent);
    expect(reply.intent).not.toBe('help');
  });
});
