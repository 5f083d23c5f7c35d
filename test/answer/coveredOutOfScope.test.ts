import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { coveredSentence } from '../../src/answer/coveredOutOfScope';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

// The answers46 round: a message the intent model reads as out of scope (expenses, gifts, a room, a lost laptop) on a
// council whose own protocol has the rule. The protocol text and the questions are my own, written for these tests;
// none is taken from an evaluation set.
const OAKMERE = `Oakmere Town Council: Councillors and Staff

1. Money and equipment

1.1 Councillors may claim travel expenses for approved duties; every claim goes to the Finance Officer within six weeks of the journey.

1.2 A councillor who loses a Council laptop or tablet must report the loss to the Town Clerk on the same day.

2. Gifts

2.1 Any gift or hospitality worth more than £30 offered to a councillor must be entered in the gifts register kept by the Town Clerk.

3. Working with staff

3.1 Councillors may ask any member of staff for routine information, such as the date of a bin collection or the opening times of the library.
`;

const library = ProtocolLibrary.load(PROTOCOLS_DIR);
library.add({ council: councilMetadataSchema.parse({ id: 'oakmere', name: 'Oakmere Town Council' }), ...parseProtocol(OAKMERE, 'oakmere') });
const config = { COUNCIL: 'cottingham', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR };
const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };

let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config, library });
});

const EXPENSES = 'Who do I send my travel expenses claim to?';

describe('a message read as out of scope that the council’s own protocol covers', () => {
  test('is answered from the sentence that meets it, quoted with its ref, unsure, with the Clerk still offered', () => {
    const reply = assistant.answer(EXPENSES, councillor, { council: 'oakmere', record: false });
    // Read by the topic of the clause that meets it (intent63): an expenses claim is money.
    expect(reply.intent).toBe('finance_and_contracts');
    expect(reply.answer?.ref).toBe('1.1');
    expect(reply.answer?.text).toContain('every claim goes to the Finance Officer');
    expect(reply.summary).toBe(`Under 1.1: ${reply.answer!.text}`);
    expect(reply.clauses.map((c) => c.ref)).toEqual(['1.1']);
    expect(reply.uncertain).toBe(true);
    expect(reply.notice).toBeDefined();
    expect(reply.actions.map((a) => a.kind)).toContain('question');
  });

  test('on a protocol no intent maps, the reading takes the topic of the clause that meets it, unsure (intent63)', () => {
    const read = assistant.read('Who keeps the gifts register?', { council: 'oakmere', role: 'councillor' });
    expect(read.result.intent).toBe('interests_and_conflicts');
    expect(read.result.uncertain).toBe(true);
    expect(read.answer?.ref).toBe('2.1');
  });

  test('a near-miss topic no sentence of the protocol meets stays out of scope', () => {
    const read = assistant.read('How many councillors make a quorum at a meeting?', { council: 'oakmere', role: 'councillor' });
    expect(read.result.intent).toBe('out_of_scope');
    expect(read.answer).toBeNull();
  });

  test('on a shipped protocol with no such rule, the same question is still not covered', () => {
    const reply = assistant.answer(EXPENSES, councillor, { council: 'cottingham', record: false });
    expect(reply.intent).toBe('out_of_scope');
    expect(reply.answer).toBeNull();
    expect(reply.clauses).toEqual([]);
    expect(reply.summary).not.toMatch(/^Under /);
  });

  test('gibberish, a greeting and a service question are never answered from it', () => {
    for (const text of ['sdfkj qwpoe zxmnv', 'hiya', 'what time does the library open on saturday', 'the bins weren’t collected on my road, who do I ring?']) {
      const read = assistant.read(text, { council: 'oakmere', role: 'councillor' });
      expect({ text, answer: read.answer }).toEqual({ text, answer: null });
    }
  });
});

// intent64: a protocol of my own with rules on topics the model learned as out of scope (an appraisal, quotations), and a
// sentence naming the district council, which no question about the district councillor is about.
const BIRCHLEY = `Birchley Parish Council: Councillors and Staff

1. Staff appraisal

1.1 The Clerk's appraisal is carried out each year by the Chair of the Council.

2. Local links

2.1 The Clerk keeps in touch with the district council on planning matters.

3. Buying

3.1 Purchases over £500 need three written quotations, obtained by the Clerk.

4. Allowances

4.1 Each councillor may draw the basic allowance, paid monthly by the Clerk.
`;
library.add({ council: councilMetadataSchema.parse({ id: 'birchley', name: 'Birchley Parish Council' }), ...parseProtocol(BIRCHLEY, 'birchley') });

describe('a short question naming, in one word, a topic the model learned as out of scope (intent64)', () => {
  test('is read by the topic of the sentence that holds the word, unsure, and answered by it', () => {
    const read = assistant.read("Who does the clerk's appraisal?", { council: 'birchley', role: 'councillor' });
    expect(read.result.intent).toBe('employment_and_appointments');
    expect(read.result.uncertain).toBe(true);
    expect(read.answer?.ref).toBe('1.1');
  });

  test('an everyday word for the protocol\'s own ("quotes" for quotations) names it as well', () => {
    const read = assistant.read('How many quotes do we need for a new mower?', { council: 'birchley', role: 'councillor' });
    expect(read.result.intent).toBe('finance_and_contracts');
    expect(read.answer?.ref).toBe('3.1');
  });

  test('any other lone word shared ("district") leaves the reading out of scope', () => {
    const read = assistant.read("Who's our district councillor?", { council: 'birchley', role: 'councillor' });
    expect(read.result.intent).toBe('out_of_scope');
    expect(read.answer).toBeNull();
  });

  test('an unsure topic reading of a message naming such a topic is read by it; a sure one is left alone', () => {
    expect(assistant.read('I need to tell the clerk my allowance was paid twice', { council: 'birchley', role: 'councillor' }).result).toMatchObject({ intent: 'finance_and_contracts', uncertain: true });
    expect(assistant.read('Can I ask the clerk to stop my allowance being paid?', { council: 'birchley', role: 'councillor' }).result.intent).toBe('instructing_officers');
  });

  test('answering a message read out of scope still asks two words shared', () => {
    expect(coveredSentence(parseProtocol(BIRCHLEY, 'birchley').clauses, "Who does the clerk's appraisal?")).toBeNull();
  });
});

describe('coveredSentence', () => {
  const { clauses } = parseProtocol(OAKMERE, 'oakmere');

  test('a word shared only with an illustration ("such as the date of a bin collection") does not meet the message', () => {
    expect(coveredSentence(clauses, 'When is the bin collection this week?')).toBeNull();
  });

  test('one shared word is not enough, however rare', () => {
    expect(coveredSentence(clauses, 'My tablet screen has cracked')).toBeNull();
    expect(coveredSentence(clauses, 'I lost my council tablet on the bus; who do I report it to?')?.ref).toBe('1.2');
  });
});
