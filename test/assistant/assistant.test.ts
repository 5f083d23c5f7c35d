import path from 'node:path';
import fs from 'node:fs';
import { Assistant } from '../../src/assistant/assistant';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseIntentFile, loadIntents } from '../../src/nlu/intents';
import { MODEL_CACHE_DIR } from '../support/model';

const root = path.join(__dirname, '../..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
const config = { COUNCIL: 'flitwick', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR };
const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };
const officer = { id: 'test:officer', name: 'Officer Test', role: 'officer' as const };

let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config, library });
});

describe('answers quote the right clauses', () => {
  // Questions written for this test; each names the clause a person would expect to see.
  test.each([
    ['flitwick', 'Am I allowed to talk to a reporter from the local paper about the new car park?', '69'],
    ['flitwick', 'Can I have a look round the leisure centre without booking it with anyone first?', '76'],
    ['flitwick', 'Who decides if I really need to see papers from a committee I do not sit on?', '59'],
    ['alsager', 'Is it acceptable for me to get the office to print leaflets for my re-election?', '59'],
    ['alsager', 'As an officer, what do I do if a councillor seems to be breaking this protocol?', '63'],
    ['alsager', 'Can I pop into the depot to see the lads working?', '58'],
    ['cottingham', 'I am unhappy with how the clerk has treated me. Who do I raise it with?', '7.3'],
    ['cottingham', 'Can our party group make the clerk come to our group meetings?', '6.2'],
    ['tewkesbury', 'Where do I lodge a complaint about the chief executive personally?', '2.25'],
    ['tewkesbury', 'Can officers send a copy of my letter to another councillor without telling me?', '4.1'],
    ['tewkesbury', 'Should officers keep me informed about a consultation affecting my ward?', '5.1'],
    ['halstead', 'Can I pass on confidential papers before they are made public?', '5'],
    ['halstead', 'Is any councillor allowed to put an item on the agenda?', '3.2'],
  ])('%s: "%s" cites %s', (council, question, ref) => {
    const reply = assistant.answer(question, councillor, { council, record: false });
    expect(reply.clauses.map((c) => c.ref)).toContain(ref);
    const cited = reply.clauses.find((c) => c.ref === ref)!;
    expect(cited.text).toBe(library.clause(council, ref)!.text); // verbatim
    expect(reply.clauses.length).toBeLessThanOrEqual(3);
  });
});

describe('reading the message', () => {
  test('the same words are a different complaint from a councillor and from an officer', () => {
    expect(assistant.answer('How do I make a complaint?', councillor, { record: false }).intent).toBe('complaint_about_officer');
    expect(assistant.answer('How do I make a complaint?', officer, { record: false }).intent).toBe('complaint_about_councillor');
  });

  test.each(['Can you reset my email password?', 'When are the green bins collected in Flitwick?', 'What is the capital of Peru?', 'Will it rain tomorrow?'])(
    'out of scope: "%s" cites nothing and offers the Clerk',
    (question) => {
      const reply = assistant.answer(question, councillor, { record: false });
      expect(reply.intent).toBe('out_of_scope');
      expect(reply.clauses).toEqual([]);
      expect(reply.actions.map((a) => a.kind)).toContain('question');
    },
  );

  test.each(['yes', 'ok', 'no', '👍', 'hmm', 'asdfghjkl', '?'])('"%s" with nothing offered asks what the question is, and offers nothing to pass to the Clerk', (text) => {
    const reply = assistant.answer(text, councillor, { record: false });
    expect(reply.intent).toBe('out_of_scope');
    expect(reply.clauses).toEqual([]);
    expect(reply.actions).toEqual([]);
    expect(reply.summary).toMatch(/didn't catch a question/);
    expect(reply.summary).toContain('Flitwick Town Council');
  });

  test('a document question offers a document request; a complaint offers a complaint about the right person', () => {
    const documents = assistant.answer('I need to see the tender papers for the pavilion roof before the vote', councillor, { record: false });
    expect(documents.intent).toBe('document_access');
    expect(documents.actions[0]).toMatchObject({ kind: 'document_request' });
    const complaint = assistant.answer('A councillor shouted at me in the office; how do I report him?', officer, { record: false });
    expect(complaint.actions[0]).toMatchObject({ kind: 'complaint', prefill: { about: 'councillor' } });
  });

  test('conversation intents are answered by the bot itself, naming the council', () => {
    const hello = assistant.answer('good morning', councillor, { council: 'halstead', record: false });
    expect(hello.intent).toBe('greeting');
    expect(hello.clauses).toEqual([]);
    expect(hello.summary).not.toMatch(/\{council\}|\{clerk\}/);
  });

  test('an unknown council is refused naming the known ones', () => {
    expect(() => assistant.answer('hello', councillor, { council: 'atlantis' })).toThrow(/known councils: alsager, cottingham, flitwick, halstead, tewkesbury/);
  });
});

describe('a council with no clause map', () => {
  test('answers from an ingested protocol by ranking its clauses for the intent', () => {
    const withNewcomer = ProtocolLibrary.load(path.join(root, 'data/protocols'));
    const { parseProtocol } = jest.requireActual('../../src/protocols/parse');
    const text = fs.readFileSync(path.join(__dirname, '../protocols/fixtures/lettered.txt'), 'utf8');
    withNewcomer.add({ council: { id: 'marshwood', name: 'Little Marshwood Parish Council', clerkTitle: 'Clerk', routes: {} }, ...parseProtocol(text, 'marshwood') });
    const bot = Assistant.create({ config: { ...config, COUNCIL: 'marshwood' }, library: withNewcomer });
    expect(bot.answer('Can I tell the clerk\'s assistant to mow the playing field?', councillor, { record: false }).clauses[0]?.ref).toBe('2(a)');
    expect(bot.answer('May I ask for the documents I need for my work as a councillor?', councillor, { record: false }).clauses.map((c) => c.ref)).toContain('3(a)');
  });
});

describe('intent files', () => {
  test('every shipped intent file loads, and every mapped clause exists', () => {
    const intents = loadIntents(config.INTENTS_DIR);
    expect(intents.length).toBeGreaterThanOrEqual(31);
    for (const intent of intents) {
      for (const [council, refs] of Object.entries(intent.clauses)) {
        for (const ref of refs) expect(`${intent.id} ${council}:${ref} ${library.clause(council, ref) ? 'exists' : 'missing'}`).toMatch(/exists$/);
      }
    }
  });

  test('a broken intent file fails loudly, naming the file and the field', () => {
    expect(() => parseIntentFile('intents/media_relations.yaml', 'id: media_relations\nkind: topic\ndescription: about the press\nsummary: Press.\nexamples: [first example, second example]\n')).toThrow(
      /intents\/media_relations\.yaml: field "examples": needs at least 20 training examples/,
    );
    expect(() => parseIntentFile('intents/x.yaml', 'id: [unclosed')).toThrow(/intents\/x\.yaml: not valid YAML/);
    expect(() => parseIntentFile('intents/thanks.yaml', 'id: thanks\nkind: chat\n')).toThrow(/field "kind"/);
  });
});

describe('complaint forms are pre-filled with who the complaint is about', () => {
  test.each([
    ['flitwick', 'I want to complain about how the clerk spoke to me at the meeting', 'clerk'],
    ['flitwick', 'I want to complain about how the deputy clerk spoke to me at the meeting', 'officer'],
    ['flitwick', 'I want to complain about the groundsman, he was rude to me', 'officer'],
    ['tewkesbury', 'I want to complain about the chief executive', 'clerk'],
  ])('%s: "%s" → about %s', (council, text, about) => {
    const reply = assistant.answer(text, councillor, { council, record: false });
    expect(reply.intent).toBe('complaint_about_officer');
    expect(reply.actions.find((a) => a.kind === 'complaint')?.prefill.about).toBe(about);
  });
});
