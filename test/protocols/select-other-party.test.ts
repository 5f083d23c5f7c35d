import { ClauseSelector, OTHER_PARTY_WEIGHT } from '../../src/protocols/select';
import { otherPartyTerms } from '../../src/protocols/search';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { IntentFile } from '../../src/nlu/intents';

// An invented protocol and messages, for this test only (branch cite15): three clauses on party groups that share
// the words "group" and "report"; only one says what the other groups are told.
const ASHWICK = `ASHWICK TOWN COUNCIL

1. A political group may ask the Clerk for a report; any group report sets out facts and options and makes no recommendation to the group.

2. Group meetings are for members of the group; a group may not require staff to attend its meetings or write its reports.

3. When the Clerk prepares a report for one group, all other political groups are told that it exists.

4. The Council meets on the second Tuesday of each month.
`;

const groups = {
  id: 'groups', kind: 'topic', description: 'party groups', summary: 'party groups', handoff: 'none',
  // The map lists the clause on "the other groups" last, so that only the message's words can lift it.
  clauses: { ashwick: ['1', '2', '3'] }, keywords: [], examples: [],
} as unknown as IntentFile;

function selector(): ClauseSelector {
  const library = new ProtocolLibrary('/nonexistent');
  // Two councils with the text, so that its words count as the protocols' shared words and not as details of a situation.
  for (const id of ['ashwick', 'ashwick-copy']) library.add({ council: councilMetadataSchema.parse({ id, name: id }), ...parseProtocol(ASHWICK, id) });
  return new ClauseSelector(library, new Map([['groups', groups]]));
}

describe('"the other groups" and "other members" are read as the parties something is shared with', () => {
  test('a question about telling the other groups cites the clause that says they are told, first', () => {
    const cited = selector().select('ashwick', 'groups', 'I wrote a group report for the Greens. Do the other groups need to hear about it?');
    expect(cited[0]?.clause.ref).toBe('3');
  });

  test('without the phrase term the words alone put another clause first (what main did)', () => {
    OTHER_PARTY_WEIGHT.weight = 0;
    try {
      const cited = selector().select('ashwick', 'groups', 'I wrote a group report for the Greens. Do the other groups need to hear about it?');
      expect(cited[0]?.clause.ref).not.toBe('3');
    } finally {
      OTHER_PARTY_WEIGHT.weight = 1;
    }
  });

  test('each phrase names its kind of party; "other members of staff" are officers, and "other than" names none', () => {
    expect(otherPartyTerms('Should the other councillors see it, or another member?')).toEqual(['other~councillor', 'other~councillor']);
    expect(otherPartyTerms('advise all other political groups')).toEqual(['other~group']);
    expect(otherPartyTerms('ask other members of staff')).toEqual(['other~officer']);
    expect(otherPartyTerms('an employee other than the Clerk, on the other hand')).toEqual([]);
  });
});
