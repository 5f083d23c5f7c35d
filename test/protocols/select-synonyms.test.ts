import { ClauseSelector, UNMAPPED_RANKING } from '../../src/protocols/select';
import { ClauseTopics, IntentReading } from '../../src/answer/topicAffinity';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { IntentFile } from '../../src/nlu/intents';

// An invented protocol and question, for this test only: two rules on documents, neither sharing the question's words.
const ROOKHAM = `ROOKHAM PARISH COUNCIL

1. A councillor may inspect any lease, contract or other record held by the Council that he or she needs for council duties.

2. A councillor who is refused may put the matter to the next meeting of the Council.

3. The Council meets on the first Tuesday of each month.
`;

/** A stand-in classifier: both rules read as about documents, the first a little more plainly. */
function reading(text: string): IntentReading {
  if (/inspect/i.test(text)) return [{ label: 'documents', probability: 0.97 }, { label: 'other', probability: 0.03 }];
  if (/refused/i.test(text)) return [{ label: 'documents', probability: 0.9 }, { label: 'other', probability: 0.1 }];
  return [{ label: 'other', probability: 0.99 }, { label: 'documents', probability: 0.01 }];
}

const documents = { id: 'documents', kind: 'topic', description: 'documents', summary: 'documents', handoff: 'none', clauses: {}, keywords: ['documents'], examples: [] } as unknown as IntentFile;

function firstCited(question: string): string | undefined {
  const library = new ProtocolLibrary('/nonexistent');
  library.add({ council: councilMetadataSchema.parse({ id: 'rookham', name: 'Rookham' }), ...parseProtocol(ROOKHAM, 'rookham') });
  const selector = new ClauseSelector(library, new Map([['documents', documents]]), undefined, new ClauseTopics(reading));
  return selector.select('rookham', 'documents', question)[0]?.clause.ref;
}

describe("an unmapped protocol's clauses, read with the protocol's words for the question's everyday ones", () => {
  const question = 'The office knocked back my request. What now?';
  const weight = UNMAPPED_RANKING.synonymWeight;
  afterEach(() => {
    UNMAPPED_RANKING.synonymWeight = weight;
  });

  test('"knocked back" is read as a refusal: the rule for a councillor who is refused comes first', () => {
    expect(firstCited(question)).toBe('2');
  });

  test('without the synonyms, the clause read most plainly as on the topic comes first', () => {
    UNMAPPED_RANKING.synonymWeight = 0;
    expect(firstCited(question)).toBe('1');
  });
});
