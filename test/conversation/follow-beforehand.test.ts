import { movesIn } from '../../src/conversation/moves';
import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * follow23: "should I tell the clerk first?" asks whom to tell before doing the thread's thing, a step of the thread's
 * matter; "the clerk" says only whom the step goes to, not a topic of its own (instructing officers). Situations written
 * for these tests.
 */
const threads = assistantWithThreads();

const ask = (text: string, thread: string, council: string, role: 'councillor' | 'officer' = 'councillor') =>
  threads.assistant.answer(text, { id: `test:${role}`, name: 'Test', role }, { council, record: false, thread });

describe('whom to tell first', () => {
  test.each(['should I tell the clerk first?', 'do I have to inform the town clerk beforehand?', 'must I let anyone know in advance?', 'should we check with the chairman first?'])(
    '"%s" asks a step before the thread\'s thing',
    (text) => {
      expect(movesIn(text).map((m) => m.name)).toContain('beforehand');
      expect(readTurn(text).topicWords).toBe(0);
    },
  );

  test.each(['should I tell the clerk about the broken fence?', 'can I speak to the press first?', 'who do I tell first?'])('"%s" does not', (text) => {
    expect(movesIn(text).map((m) => m.name)).not.toContain('beforehand');
  });

  test('after a request from a reporter, it stays on the media', () => {
    expect(ask('a reporter from the radio wants to interview me about the new skate park', 'radio', 'flitwick').intent).toBe('media_relations');
    const next = ask('do I have to inform the town clerk beforehand?', 'radio', 'flitwick');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('media_relations');
  });
});
