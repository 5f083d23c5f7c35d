import { ClauseSelector } from '../../src/protocols/select';
import { ClauseTopics, IntentReading } from '../../src/answer/topicAffinity';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { IntentFile } from '../../src/nlu/intents';

// An invented protocol in three-level numbering whose sub-headings are numbered lines ("2.1 Press"), for these tests only.
const ELMSTEAD = `ELMSTEAD PARISH COUNCIL

RULES BETWEEN COUNCILLORS AND STAFF

1. GENERAL

1.1.1 These rules bind every councillor and every member of staff.

2. COMMUNICATION

2.1 Press and social media

2.1.1 Only the Chairman may make a statement to the press for the Council.

2.1.2 A councillor posting online makes clear that he or she speaks personally.

2.2 Money

2.2.1 No councillor may order goods.
`;

/** A stand-in classifier: the press, money or neither, by a few words (a bare title reads most plainly as its topic). */
function reading(text: string): IntentReading {
  if (/press|media|online/i.test(text)) return [{ label: 'press', probability: 0.97 }, { label: 'money', probability: 0.03 }];
  if (/money|goods/i.test(text)) return [{ label: 'money', probability: 0.97 }, { label: 'press', probability: 0.03 }];
  return [{ label: 'other', probability: 0.98 }, { label: 'press', probability: 0.01 }, { label: 'money', probability: 0.01 }];
}

const intent = (id: string, keywords: string[]): IntentFile =>
  ({ id, kind: 'topic', description: `${id} questions`, summary: id, handoff: 'none', clauses: {}, keywords, examples: [] }) as IntentFile;

function selector(): ClauseSelector {
  const library = new ProtocolLibrary('/nonexistent');
  library.add({ council: councilMetadataSchema.parse({ id: 'elmstead', name: 'Elmstead' }), ...parseProtocol(ELMSTEAD, 'elmstead') });
  const intents = new Map([
    ['press', intent('press', ['journalist'])],
    ['money', intent('money', ['payment'])],
  ]);
  return new ClauseSelector(library, intents, undefined, new ClauseTopics(reading));
}

const refs = (intentId: string, message: string) => selector().select('elmstead', intentId, message).map((s) => s.clause.ref);

describe('a protocol whose sub-headings are numbered lines', () => {
  test('the numbered title "2.1 Press and social media" is not quoted as a rule; the rules under it are', () => {
    const cited = refs('press', 'The local paper wants a quote from me about the new car park. Can I give one?');
    expect(cited).not.toContain('2.1');
    expect(cited[0]).toBe('2.1.1');
  });

  test('a short rule that ends as a sentence is still cited', () => {
    expect(refs('money', 'Can I buy some goods for the fete and get the money back?')).toContain('2.2.1');
  });
});
