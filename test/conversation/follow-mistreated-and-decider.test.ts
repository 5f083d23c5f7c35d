import { mistreatsTheAsker } from '../../src/conversation/party';
import { assistantWithThreads } from '../support/threads';

/**
 * A condition in which someone mistreats the asker ("and if the caretaker is rude to me when I ask again?") is the step to
 * the complaint route, and "who decides whether …" pointing back is the thread's own step, not decisions and agendas
 * (follow31). Sentences written for these tests.
 */
const threads = assistantWithThreads('cottingham');

const ask = (text: string, thread: string, council: string, role: 'councillor' | 'officer') =>
  threads.assistant.answer(text, { id: `test:${role}`, name: 'Test', role }, { council, record: false, thread });

describe('someone mistreating the asker', () => {
  test.each(["and if the caretaker is rude to me when I ask again?", 'what if he shouts at me in the office?', 'and if she hangs up on me?', 'what if a member bullies me about it?'])(
    '"%s" mistreats the asker',
    (text) => expect(mistreatsTheAsker(text.toLowerCase())).toBe(true),
  );

  test.each(["what if I'm rude to him?", 'the clerk was rude to me', 'and if she says no to me?', 'what if he shouts at the caretaker?'])('"%s" does not (as a condition)', (text) =>
    expect(mistreatsTheAsker(text.toLowerCase())).toBe(false),
  );

  test('after a question on response times, the complaint about the officer', () => {
    const thread = 'mistreated-response-times';
    expect(ask('how many days should the office take to reply to a letter from me?', thread, 'alsager', 'councillor').intent).toBe('response_times');
    const next = ask('and if the assistant is rude to me when I phone to chase it?', thread, 'alsager', 'councillor');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('complaint_about_officer');
  });
});

describe('who decides, after a complaint', () => {
  test('stays on the complaint', () => {
    const thread = 'decider-complaint';
    expect(ask('a councillor called me useless in front of the public, where do I take it?', thread, 'halstead', 'officer').intent).toBe('complaint_about_councillor');
    const next = ask('who decides whether it gets passed on to the monitoring officer?', thread, 'halstead', 'officer');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('complaint_about_councillor');
  });
});
