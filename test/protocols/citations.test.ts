import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import type { IntentResult } from '../../src/nlu/engine';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

// Questions and a protocol written for these tests, in my own words; not taken from any evaluation set.
const FOXLEY = `FOXLEY PARISH COUNCIL

MEMBER AND OFFICER PROTOCOL

1. The caretaker opens and locks the village hall before and after every meeting of the Council and its committees, and keeps the hall keys.

2. Councillors take no part in the recruitment or appointment of staff unless the Council has put them on the panel for that purpose.

3. No councillor may order goods or promise money on the Council's behalf.

4. Councillors must not pass on information given to them in confidence.

5. This protocol is reviewed every two years by the full council.
`;
const library = ProtocolLibrary.load(PROTOCOLS_DIR);
library.add({ council: councilMetadataSchema.parse({ id: 'foxley', name: 'Foxley Parish Council' }), ...parseProtocol(FOXLEY, 'foxley') });
const config = { COUNCIL: 'flitwick', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR };
let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config, library });
});

const message = 'Which members sit on the panel when the committee takes on a new assistant?';
/** A reading that hesitates between chairs and committees and, `ratio` as likely, employment. */
const reading = (ratio: number): IntentResult => ({
  intent: 'chairs_and_committees',
  confidence: 0.5,
  uncertain: false,
  ranked: [
    { label: 'chairs_and_committees', probability: 0.5 },
    { label: 'employment_and_appointments', probability: 0.5 * ratio },
    { label: 'roles_of_officers', probability: 0.05 },
  ],
});
const mapped = (intent: string) => assistant.engine.intents.get(intent)!.clauses.flitwick;

describe('the clauses cited when the reading hesitates between two topics', () => {
  test("a close second topic has its best clause among the three cited, after the first topic's best", () => {
    const cited = assistant.clausesFor('flitwick', reading(0.44), message).map((c) => c.ref);
    const runnerUpBest = assistant.clausesFor('flitwick', { ...reading(0.44), intent: 'employment_and_appointments', ranked: [{ label: 'employment_and_appointments', probability: 1 }] }, message)[0].ref;
    expect(cited).toHaveLength(3);
    expect(mapped('chairs_and_committees')).toContain(cited[0]);
    expect(cited).toContain(runnerUpBest);
  });

  test('a distant second topic lends no clause: all three are the first topic\'s', () => {
    const cited = assistant.clausesFor('flitwick', reading(0.2), message).map((c) => c.ref);
    for (const ref of cited) expect(mapped('chairs_and_committees')).toContain(ref);
  });
});

describe('the clauses cited from a protocol ingested a minute ago', () => {
  test('a question that shares no word with the rule still gets the rule, read by the classifier as on its topic', () => {
    const message = 'Could I sit in when they interview for the new caretaker?';
    const employment: IntentResult = { intent: 'employment_and_appointments', confidence: 0.9, uncertain: false, ranked: [{ label: 'employment_and_appointments', probability: 0.9 }] };
    expect(assistant.clausesFor('foxley', employment, message)[0]?.ref).toBe('2');
  });
});
