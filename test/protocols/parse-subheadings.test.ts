import { parseProtocol } from '../../src/protocols/parse';

/**
 * Three-level numbering where the middle level only titles the rules under it (`4.3 Press and social
 * media` over 4.3.1, 4.3.2): the title is those clauses' heading, not a clause with nothing to quote.
 */
const TEXT = `4. COMMUNICATION

4.1 Replies

4.1.1 Staff will acknowledge a councillor's email within two working days.

4.1.2 A full reply will follow within ten working days.

4.3 Press and social media

4.3.1 Only the Chairman and the Proper Officer may speak to the press for the Council.

4.4 Staff will not comment on council business online.

4.5 Briefings for councillors

4.5.1 The Proper Officer may brief all councillors together on any matter.
`;

describe('a numbered line that only titles the clauses under it', () => {
  const { clauses, warnings } = parseProtocol(TEXT, 'x');

  test('heads the clauses under it and is not a clause itself', () => {
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['4.1.1', 'Replies'],
      ['4.1.2', 'Replies'],
      ['4.3.1', 'Press and social media'],
      ['4.4', 'COMMUNICATION'],
      ['4.5.1', 'Briefings for councillors'],
    ]);
    expect(warnings).toEqual([]);
  });

  test('a numbered rule with nothing under it stays a clause, with its own words', () => {
    expect(clauses.find((c) => c.ref === '4.4')?.text).toBe('Staff will not comment on council business online.');
  });
});
