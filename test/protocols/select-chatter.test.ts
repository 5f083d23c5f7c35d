import { ClauseSelector } from '../../src/protocols/select';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { IntentFile } from '../../src/nlu/intents';

// An invented protocol and messages, for this test only (branch cite12): a clause that states no rule but uses the
// everyday words of small talk ("one another", "quick", "morning"), and the rule a chatty question is about.
const MERRIDGE = `MERRIDGE PARISH COUNCIL

1. Councillors and staff rely on one another: one quick, friendly word with staff each morning goes a long way.

2. Councillors do not give staff instructions; work for staff is agreed by the Council and passed on by the Clerk.

3. The Council meets on the second Thursday of each month.
`;

const staffing = { id: 'staffing', kind: 'topic', description: 'staff', summary: 'staff', handoff: 'none', clauses: {}, keywords: [], examples: [] } as unknown as IntentFile;

function selector(): ClauseSelector {
  const library = new ProtocolLibrary('/nonexistent');
  // Two councils with the text, so that its words count as the protocols' shared words and not as details of a situation.
  for (const id of ['merridge', 'merridge-copy']) library.add({ council: councilMetadataSchema.parse({ id, name: id }), ...parseProtocol(MERRIDGE, id) });
  return new ClauseSelector(library, new Map([['staffing', staffing]]));
}

describe("the clause ranking leaves a chatty message's small talk out", () => {
  test('a greeting and "quick one" add no words to the message', () => {
    const plain = selector().messageWeights('can I give staff instructions?');
    const chatty = selector().messageWeights('Morning all, quick one - can I give staff instructions?');
    expect([...chatty.entries()]).toEqual([...plain.entries()]);
  });

  test('"hiya, quick one" does not put the clause about relying on one another first', () => {
    const cited = selector().select('merridge', 'staffing', 'hiya, quick one - can I give staff instructions?');
    expect(cited[0]?.clause.ref).toBe('2');
  });

  test('the same words are still read where they are the question', () => {
    const weights = selector().messageWeights('Is a quick word with staff each morning allowed?');
    expect(weights.size).toBeGreaterThan(2);
    expect([...weights.keys()].some((stem) => stem.startsWith('morn'))).toBe(true);
  });
});
