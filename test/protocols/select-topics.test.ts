import { ClauseSelector, UNMAPPED_RANKING } from '../../src/protocols/select';
import { ClauseTopics, IntentReading } from '../../src/answer/topicAffinity';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { IntentFile } from '../../src/nlu/intents';

// An invented protocol and invented questions, for these tests only.
const FOXLEY = `FOXLEY PARISH COUNCIL

MEMBER AND OFFICER PROTOCOL

1. The caretaker opens and locks the village hall before and after every meeting of the Council and its committees, and keeps the hall keys.

2. Councillors take no part in the recruitment or appointment of staff unless the Council has put them on the panel for that purpose.

3. No councillor may order goods or promise money on the Council's behalf.

4. This protocol is reviewed every two years.
`;

/**
 * A stand-in classifier: hiring, money or neither, by a few words. Like the real one, it reads a clause
 * off the topic as next to nothing (a hundredth or less), not as a tenth.
 */
function reading(text: string): IntentReading {
  if (/recruit|appoint|shortlist|interview/i.test(text)) return [{ label: 'staffing', probability: 0.97 }, { label: 'money', probability: 0.03 }];
  if (/money|order|pay/i.test(text)) return [{ label: 'money', probability: 0.97 }, { label: 'staffing', probability: 0.03 }];
  return [{ label: 'other', probability: 0.98 }, { label: 'staffing', probability: 0.01 }, { label: 'money', probability: 0.01 }];
}

const intent = (id: string, keywords: string[], clauses: Record<string, string[]> = {}): IntentFile =>
  ({ id, kind: 'topic', description: `${id} questions`, summary: id, handoff: 'none', clauses, keywords, examples: [] }) as IntentFile;

function setUp(withTopics: boolean) {
  const library = new ProtocolLibrary('/nonexistent');
  library.add({ council: councilMetadataSchema.parse({ id: 'foxley', name: 'Foxley' }), ...parseProtocol(FOXLEY, 'foxley') });
  const intents = new Map([
    ['staffing', intent('staffing', ['recruitment'])],
    ['money', intent('money', ['payment'])],
    ['press', intent('press', ['journalist'])],
  ]);
  return new ClauseSelector(library, intents, undefined, withTopics ? new ClauseTopics(reading) : undefined);
}

const refs = (selector: ClauseSelector, intentId: string, message: string) => selector.select('foxley', intentId, message).map((s) => s.clause.ref);

describe('clauses of a protocol no one has mapped', () => {
  const message = 'The caretaker who locks the village hall after meetings is leaving. Can I help choose who replaces him?';

  test('the clause the classifier reads as about the intent is cited first, though it shares none of the message\'s words', () => {
    expect(refs(setUp(true), 'staffing', message)[0]).toBe('2');
  });

  test('without the clauses\' topics, words alone cite the clause that shares the situation\'s words, not the rule', () => {
    expect(refs(setUp(false), 'staffing', message)).toEqual(['1']);
  });

  test('an intent the protocol says nothing about cites nothing, rather than its least bad clause', () => {
    expect(refs(setUp(true), 'press', 'Can I talk to a journalist?')).toEqual([]);
  });
});

describe('clauses that all read as about the intent', () => {
  // Another invented protocol: two rules on public meetings, the second read as less plainly about them.
  const MEETINGS = `HAZELBY PARISH COUNCIL

1. Every councillor is invited to each public meeting the Council arranges in the parish, and may speak at it.

2. Nothing of that kind is to be held in the six weeks before an election.

3. The Clerk keeps the Council's seal.
`;
  const meetingsReading = (text: string): IntentReading => {
    if (/public meeting/i.test(text)) return [{ label: 'meetings', probability: 0.9 }, { label: 'other', probability: 0.1 }];
    if (/election/i.test(text)) return [{ label: 'meetings', probability: 0.25 }, { label: 'other', probability: 0.75 }];
    return [{ label: 'other', probability: 0.99 }, { label: 'meetings', probability: 0.01 }];
  };

  test("the message's words choose between them: a clause read at a quarter of the best is still on the topic", () => {
    const library = new ProtocolLibrary('/nonexistent');
    library.add({ council: councilMetadataSchema.parse({ id: 'hazelby', name: 'Hazelby' }), ...parseProtocol(MEETINGS, 'hazelby') });
    const selector = new ClauseSelector(library, new Map([['meetings', intent('meetings', ['public meeting'])]]), undefined, new ClauseTopics(meetingsReading));
    const ranked = selector.select('hazelby', 'meetings', 'Can one be held in the six weeks before the election?').map((s) => s.clause.ref);
    expect(ranked[0]).toBe('2');
    expect(ranked).not.toContain('3');
  });
});

describe('a long clause against a short one on the same topic', () => {
  // Another invented protocol: a long clause of several rules on documents, and a one-line rule on refusals.
  const DOCUMENTS = `ELMSTEAD PARISH COUNCIL

1. Councillors may see any document they need for their work as councillors, and ask the Clerk for it. Documents about individual staff are not shown to councillors, nor are papers about a matter in which the councillor has an interest. A councillor who is refused a document is told the reason in writing. Documents the Clerk gives a councillor stay the Council's property and are returned when asked for.

2. A refusal may be reviewed by the Chair, whose view is final.

3. The Clerk keeps the Council's seal.
`;
  // The long clause's sentences about documents read a little more plainly as on the topic than the short rule does.
  const documentsReading = (text: string): IntentReading => {
    if (/document/i.test(text)) return [{ label: 'documents', probability: 0.9 }, { label: 'other', probability: 0.1 }];
    if (/refus/i.test(text)) return [{ label: 'documents', probability: 0.8 }, { label: 'other', probability: 0.2 }];
    return [{ label: 'other', probability: 0.99 }, { label: 'documents', probability: 0.01 }];
  };
  const selector = () => {
    const library = new ProtocolLibrary('/nonexistent');
    library.add({ council: councilMetadataSchema.parse({ id: 'elmstead', name: 'Elmstead' }), ...parseProtocol(DOCUMENTS, 'elmstead') });
    return new ClauseSelector(library, new Map([['documents', intent('documents', ['permission'])]]), undefined, new ClauseTopics(documentsReading));
  };
  const message = 'They turned me down. Who can look at it again?';
  // "Turned me down" is read as a refusal by the synonyms (select-synonyms.test.ts): off here, so that neither clause shares the message's words.
  const synonyms = UNMAPPED_RANKING.synonymWeight;
  beforeEach(() => {
    UNMAPPED_RANKING.synonymWeight = 0;
  });
  afterEach(() => {
    UNMAPPED_RANKING.synonymWeight = synonyms;
  });

  test('when neither shares the message\'s words, the short rule comes before the long clause that reads a little more on the topic', () => {
    expect(selector().select('elmstead', 'documents', message).map((s) => s.clause.ref)).toEqual(['2', '1']);
  });

  test('it is the clause\'s length that decides: without its weight the long clause would come first', () => {
    const weight = UNMAPPED_RANKING.lengthWeight;
    try {
      UNMAPPED_RANKING.lengthWeight = 0;
      expect(selector().select('elmstead', 'documents', message).map((s) => s.clause.ref)).toEqual(['1', '2']);
    } finally {
      UNMAPPED_RANKING.lengthWeight = weight;
    }
  });
});
