import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { ProtocolLibrary } from '../../src/protocols/library';
import { documentsAskedIn } from '../../src/assistant/documentsAsked';
import { newRequest, readForm } from '../../src/queue/forms';
import { MODEL_CACHE_DIR } from '../support/model';

/**
 * A document request's "what" (and so its subject) prefilled from the sentence that asks, not the whole
 * message (uat9 on Cottingham, uat13 on Alsager: "hi, new cllr here. can i ask the office to send me…").
 * Messages written for this test.
 */
describe('what a document request asks for, from a chat message', () => {
  test('the greeting and the introduction before the question are left out', () => {
    expect(documentsAskedIn('hi, new cllr here. can i ask the office to send me the agenda papers for the allotments committee')).toBe(
      'can i ask the office to send me the agenda papers for the allotments committee',
    );
  });

  test('small talk at the start of the asking sentence goes, with the punctuation it leaves', () => {
    expect(documentsAskedIn('morning all - quick one, could I have the minutes of the last finance meeting?')).toBe('could I have the minutes of the last finance meeting?');
  });

  test('a story before the question and thanks after it are left out; every asking sentence is kept', () => {
    expect(documentsAskedIn('I sit on planning. The agenda came out yesterday. Can I see the officer report on the Mill Lane site? And the map? Thanks in advance')).toBe(
      'Can I see the officer report on the Mill Lane site? And the map?',
    );
  });

  test('a message that does not ask in so many words is kept whole, and one of small talk only is never emptied', () => {
    expect(documentsAskedIn('the tender documents for the pavilion roof\nplease')).toBe('the tender documents for the pavilion roof please');
    expect(documentsAskedIn('hi')).toBe('hi');
  });

  test('the subject a filed request gets is made from it', () => {
    const form = readForm('document_access', { what: documentsAskedIn('hello, I am the new member for Abbey ward. Could I get last year\'s audit report?') });
    if (!form.ok) throw new Error('the form should be valid');
    expect(newRequest('document_access', 'cottingham', { userId: 'console:jo', name: 'Jo', role: 'councillor' }, form.value).subject).toBe("Could I get last year's audit report?");
  });
});

describe("the core's offer carries it to every channel", () => {
  const root = path.join(__dirname, '../..');
  const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
  let assistant: Assistant;
  beforeAll(() => {
    assistant = Assistant.create({ config: { COUNCIL: 'alsager', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
  });

  test('"Request these documents" is prefilled with the sentence that asks', () => {
    const reply = assistant.answer('hiya, just joined the council last month. can the office send me the papers for the planning committee before they go out?', { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' }, { council: 'alsager', record: false });
    const offer = reply.actions.find((a) => a.kind === 'document_request');
    expect(offer?.prefill.subject).toBe('can the office send me the papers for the planning committee before they go out?');
  });
});
