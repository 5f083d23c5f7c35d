import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { Conversations } from '../../src/conversation/follow';
import { MemoryContextStore } from '../../src/conversation/store';
import { afterAcknowledgement } from '../../src/conversation/turn';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';

/** Follow-ups as people type them in a chat (seventh session, follow11); situations written for these tests. */
const root = path.join(__dirname, '../..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
const config = { COUNCIL: 'flitwick', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR };
const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };

let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config, library, conversations: new Conversations(new MemoryContextStore()) });
});

const ask = (text: string, thread: string, council = 'flitwick') => assistant.answer(text, councillor, { council, record: false, thread });

describe('thanks, then the next question', () => {
  test.each([
    ['thanks - and what about the minutes of the finance committee?', 'and what about the minutes of the finance committee?'],
    ['Cheers, what if she says no?', 'what if she says no?'],
    ['great, thanks. can I appeal?', 'can I appeal?'],
    ['fair enough. who decides?', 'who decides?'],
  ])('"%s" asks "%s"', (text, question) => {
    expect(afterAcknowledgement(text)).toBe(question);
  });

  test.each(['thanks', 'thanks, that is really helpful', 'great', 'ok thanks', 'cool beans'])('"%s" only thanks', (text) => {
    expect(afterAcknowledgement(text)).toBeUndefined();
  });

  test('a question after thanks is read as a follow-up of the thread, not as thanks', () => {
    expect(ask('Am I entitled to see the quotes for resurfacing the library car park?', 'ack').intent).toBe('document_access');
    const next = ask('thanks - and the quotes for the bus shelter?', 'ack');
    expect(next.intent).toBe('document_access');
    expect(next.followUp).toBe(true);
  });

  test('thanks on its own in a thread is still thanks', () => {
    ask('Am I entitled to see the quotes for resurfacing the library car park?', 'ack2');
    expect(ask('brilliant, thanks very much', 'ack2').intent).toBe('thanks');
  });
});
