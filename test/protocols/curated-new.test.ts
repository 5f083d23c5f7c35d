import { staleCuratedRefs } from '../../src/protocols/curated';
import type { Clause } from '../../src/protocols/parse';

const clause = (ref: string, text: string): Clause => ({ council: 'oakby', ref, heading: 'H', text });
const v1 = [clause('1.1', 'Councillors and staff treat each other with respect.'), clause('1.2', 'Requests for documents go to the Clerk.')];
const v2 = [...v1, clause('2.1', 'Papers marked confidential stay within the Council.')];

describe("a revision's new clauses and the topics' clause maps", () => {
  test('a new clause no map names is reported as new; one a map names is not', () => {
    const stale = staleCuratedRefs({ council: 'oakby', clauses: v2, previous: v1, intents: [{ id: 'courtesy', clauses: { oakby: ['1.1'] } }] });
    expect(stale).toEqual([{ council: 'oakby', ref: '2.1', where: 'intents/*.yaml', problem: 'new' }]);
    expect(staleCuratedRefs({ council: 'oakby', clauses: v2, previous: v1, intents: [{ id: 'confidential', clauses: { oakby: ['1.1', '2.1'] } }] })).toEqual([]);
  });

  test('a council no map names (ranked by topic, not by maps) and a first version have nothing new to map', () => {
    expect(staleCuratedRefs({ council: 'oakby', clauses: v2, previous: v1, intents: [{ id: 'courtesy', clauses: { elsewhere: ['1'] } }] })).toEqual([]);
    expect(staleCuratedRefs({ council: 'oakby', clauses: v2, intents: [{ id: 'courtesy', clauses: { oakby: ['1.1'] } }] })).toEqual([]);
  });
});
