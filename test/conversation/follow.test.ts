import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { Conversations, storeKey } from '../../src/conversation/follow';
import { MemoryContextStore } from '../../src/conversation/store';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';

const root = path.join(__dirname, '../..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
const config = { COUNCIL: 'flitwick', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR };
const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };

let now = 0;
let store: MemoryContextStore;
let assistant: Assistant;
beforeEach(() => {
  now = 1_000_000;
  store = new MemoryContextStore(30 * 60_000, () => now);
  assistant = Assistant.create({ config, library, conversations: new Conversations(store, () => now) });
});

const ask = (text: string, thread: Parameters<Assistant['answer']>[2] extends infer O ? (O extends { thread?: infer T } ? T : never) : never, council = 'flitwick') =>
  assistant.answer(text, councillor, { council, record: false, thread });

describe('follow-up questions in a thread', () => {
  // The issue's own example: a short follow-up keeps the topic instead of starting a new one.
  test('"what about the mayor?" and "and if it is urgent?" stay on instructing officers', () => {
    expect(ask('Can a councillor ask an officer to do some work for them?', 't', 'cottingham').intent).toBe('instructing_officers');
    const mayor = ask('what about the mayor?', 't', 'cottingham');
    expect(['instructing_officers', 'chairs_and_committees']).toContain(mayor.intent);
    expect(mayor.followUp).toBe(true);
    expect(ask('and if it is urgent?', 't', 'cottingham').intent).toBe('instructing_officers');
  });

  test('after a document answer, "what if the clerk says no?" cites the clause on disputes', () => {
    ask('Could I read the tender documents for the pavilion roof?', 'doc');
    const refusal = ask('what if the clerk says no?', 'doc');
    expect(refusal.intent).toBe('document_access');
    expect(refusal.clauses[0].ref).toBe('59');
    expect(refusal.clauses[0].text).toBe(library.clause('flitwick', '59')!.text);
  });

  test('the same follow-up in another thread, or with no thread, stands alone', () => {
    ask('Could I read the tender documents for the pavilion roof?', 'doc');
    expect(ask('what if the clerk says no?', 'elsewhere').followUp).toBeUndefined();
    expect(assistant.answer('what if the clerk says no?', councillor, { record: false }).followUp).toBeUndefined();
  });

  test('a complete new question mid-thread is not captured by it', () => {
    ask('Could I read the tender documents for the pavilion roof?', 'doc');
    expect(ask('totally unrelated, when are the bins collected?', 'doc').intent).toBe('out_of_scope');
    const fresh = ask('Is it all right for me to accept a bottle of whisky from a contractor at Christmas?', 'doc');
    expect(fresh.intent).not.toBe('document_access');
  });

  test('"ok, file it" opens the document request pre-filled from the thread', () => {
    ask('Could I read the tender documents for the pavilion roof?', 'doc');
    ask('what if the clerk says no?', 'doc');
    const filing = ask('ok, file it', 'doc');
    expect(filing.open).toEqual({ kind: 'document_request', label: expect.any(String), prefill: { subject: 'the tender documents for the pavilion roof' } });
    expect(filing.actions).toEqual([filing.open]);
    // Accepted once: a second "ok" is not a second request.
    expect(ask('ok, file it', 'doc').open).toBeUndefined();
  });

  test('"how do I complain?" then "ok how do I do that?" gives the complaint route and offers to file', () => {
    ask('The deputy clerk was really dismissive when I rang about the allotments.', 'c');
    const how = ask('ok how do I do that?', 'c');
    expect(how.intent).toBe('complaint_about_officer');
    expect(how.clauses.map((c) => c.ref)).toEqual(expect.arrayContaining(['79']));
    expect(how.actions.map((a) => a.kind)).toContain('complaint');
  });

  test('"start again" clears the thread', () => {
    ask('Could I read the tender documents for the pavilion roof?', 'doc');
    const cleared = ask('start again', 'doc');
    expect(cleared.summary).toMatch(/Starting again/);
    expect(store.get(storeKey('doc'))).toBeUndefined();
    expect(ask('what if the clerk says no?', 'doc').followUp).toBeUndefined();
  });

  test('a thread is forgotten after 30 idle minutes', () => {
    ask('Could I read the tender documents for the pavilion roof?', 'doc');
    now += 31 * 60_000;
    expect(ask('what if the clerk says no?', 'doc').followUp).toBeUndefined();
  });

  test('a thread about one council lends nothing to a question about another', () => {
    ask('Could I read the tender documents for the pavilion roof?', 'doc');
    expect(ask('what if the clerk says no?', 'doc', 'cottingham').followUp).toBeUndefined();
  });

  test('an unthreaded DM continues the previous turn within 10 minutes, not after', () => {
    const dm = (ts: string) => ({ key: `dm:${ts}`, continues: { key: 'dm', withinMs: 10 * 60_000 } });
    ask('Could I read the tender documents for the pavilion roof?', dm('1'));
    now += 9 * 60_000;
    expect(ask('what if the clerk says no?', dm('2')).followUp).toBe(true);
    now += 11 * 60_000;
    expect(ask('what if the clerk says no?', dm('3')).followUp).toBeUndefined();
  });

  test('the thread keeps no message text and no one\'s name, under a key that names no one', () => {
    ask('Cllr Grimshaw told me Mrs Okafor at number 12 wants the tender documents for the pavilion roof', 'doc');
    const kept = JSON.stringify(store.get(storeKey('doc')));
    expect(kept).not.toMatch(/Grimshaw|Okafor|number 12|told me/);
    expect(kept).toMatch(/document_access/);
    expect(storeKey('slack:DU123:1700.1')).not.toMatch(/DU123|1700/);
  });
});
