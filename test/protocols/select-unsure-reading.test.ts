import { ClauseSelector } from '../../src/protocols/select';
import { ClauseTopics, IntentReading } from '../../src/answer/topicAffinity';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { IntentFile } from '../../src/nlu/intents';

// An invented protocol and an invented message, for these tests only (messy31, docs/citations.md).
const MARLOW_END = `MARLOW END PARISH COUNCIL

PROTOCOL FOR COUNCILLORS AND STAFF

1. Councillors do not give instructions to members of staff; requests for work go to the Clerk.

2. Staff do not help any councillor with an election leaflet or any other party material.

3. Staff take their day to day work from the Clerk alone.

4. This protocol is reviewed every two years.
`;

/** A stand-in classifier that reads clauses sharply, as the real one does: instructing staff, party politics, or neither. */
function readClause(text: string): IntentReading {
  if (/election|party/i.test(text)) return [{ label: 'politics', probability: 0.97 }, { label: 'instructing', probability: 0.01 }];
  if (/instruction|work/i.test(text)) return [{ label: 'instructing', probability: 0.97 }, { label: 'politics', probability: 0.01 }];
  return [{ label: 'other', probability: 0.98 }];
}

const intent = (id: string, keywords: string[]): IntentFile =>
  ({ id, kind: 'topic', description: `${id} questions`, summary: id, handoff: 'none', clauses: {}, keywords, examples: [] }) as IntentFile;

function selector(): ClauseSelector {
  const library = new ProtocolLibrary('/nonexistent');
  library.add({ council: councilMetadataSchema.parse({ id: 'marlowend', name: 'Marlow End' }), ...parseProtocol(MARLOW_END, 'marlowend') });
  // A neighbour with the same model text, so that its words count as the protocols' shared words, not the asker's situation.
  library.add({ council: councilMetadataSchema.parse({ id: 'marlowstreet', name: 'Marlow Street' }), ...parseProtocol(MARLOW_END, 'marlowstreet') });
  const intents = new Map([
    ['instructing', intent('instructing', ['instructions'])],
    ['politics', intent('politics', ['party'])],
  ]);
  return new ClauseSelector(library, intents, undefined, new ClauseTopics(readClause));
}

// A pasted reply and a short question: read, wrongly and narrowly, as about instructing staff.
const MESSAGE = "Sam in the office wrote back: 'Sorry, I can't help with your election leaflet.' Is she right?";
const first = (reading?: IntentReading) => selector().select('marlowend', 'instructing', MESSAGE, 3, reading)[0]?.clause.ref;

describe('an unmapped protocol ranked for an unsure reading', () => {
  test('a close second topic in the reading lifts the clause on it that the words point to', () => {
    expect(first([{ label: 'instructing', probability: 0.45 }, { label: 'politics', probability: 0.4 }, { label: 'other', probability: 0.15 }])).toBe('2');
  });

  test('a sure reading keeps the chosen intent\'s own topic first', () => {
    expect(first([{ label: 'instructing', probability: 0.9 }, { label: 'politics', probability: 0.08 }, { label: 'other', probability: 0.02 }])).toBe('1');
  });

  test('without a reading, the chosen intent\'s own topic ranks as before', () => {
    expect(first()).toBe('1');
  });
});
