import { parseProtocol } from '../../src/protocols/parse';

/**
 * What a parish council's Word document brings to a decimal protocol (answers49): a table turned to text by the
 * export (cells separated by tabs) under the clause that announces it, an appendix numbered `A1`, `A2` … after the
 * body. Before, the table's rows and the appendix went into no clause. Flat clauses each printed under a numbered
 * title line (`4. Councillors` / the rule below) keep the title as the first words of the rule. The
 * texts are my own, written for this test.
 */
const decimal = [
  'EXAMPLE PARISH COUNCIL',
  '1.\tROLES',
  '1.1\tWho does what is summarised below.',
  'Role\tWho\tMain duties',
  'Councillors\tAll members\tSet policy and the budget.',
  'The Clerk\tProper Officer\tAdvises the Council and manages the staff.',
  '1.2\tA councillor has no authority to act alone.',
  '2.\tCOMPLAINTS',
  '2.1\tA complaint about an employee goes to the Clerk.',
  '2.2\tA complaint about the Clerk goes to the Chairman.',
  'APPENDIX A – THE PRESS',
  'A1\tThe Clerk answers the press for the Council.',
  'A2\tCouncillors speaking for themselves must say so.',
  'Adopted by the Council on 1 May 2026.',
].join('\n');

test('a tab-separated table stays in the clause that announces it, row by row, and the headings after it are unchanged', () => {
  const { clauses, warnings } = parseProtocol(decimal, 'x');
  const roles = clauses.find((c) => c.ref === '1.1')!;
  expect(roles.text).toBe(
    'Who does what is summarised below.\nRole | Who | Main duties\nCouncillors | All members | Set policy and the budget.\nThe Clerk | Proper Officer | Advises the Council and manages the staff.',
  );
  expect(clauses.find((c) => c.ref === '1.2')!.heading).toBe('ROLES');
  expect(warnings).toEqual([]);
});

test('an appendix numbered A1, A2 after a decimal body gives clauses A1, A2 under its heading', () => {
  const { clauses } = parseProtocol(decimal, 'x');
  expect(clauses.map((c) => c.ref)).toEqual(['1.1', '1.2', '2.1', '2.2', 'A1', 'A2']);
  expect(clauses[4]).toMatchObject({ heading: 'APPENDIX A – THE PRESS', text: 'The Clerk answers the press for the Council.' });
  expect(clauses[5].text).toBe('Councillors speaking for themselves must say so.');
});

const titled = [
  'EXAMPLE TOWN COUNCIL',
  'PART ONE – GENERAL',
  '1. Status',
  'This protocol forms part of the Standing Orders of the Council.',
  '2. Councillors',
  'Councillors decide policy together and each represents a ward.',
  '3. The Town Clerk',
  'The Town Clerk manages the staff and carries out the decisions of the Council.',
  '4. Review',
  'The Staffing Committee reviews this protocol every year.',
].join('\n');

// Read as the heading of its clause alone, such a title cost its rule the words that named it: the check protocol's
// answers fell from 13/13 to 12/10 of 20 (ref/key), so the title stays the first words of its rule (docs/answers.md, answers49).
test('flat clauses each under a numbered title: the title is read with the rule below it, one clause each', () => {
  const { clauses, warnings } = parseProtocol(titled, 'x');
  expect(clauses.map((c) => [c.ref, c.text])).toEqual([
    ['1', 'Status This protocol forms part of the Standing Orders of the Council.'],
    ['2', 'Councillors Councillors decide policy together and each represents a ward.'],
    ['3', 'The Town Clerk The Town Clerk manages the staff and carries out the decisions of the Council.'],
    ['4', 'Review The Staffing Committee reviews this protocol every year.'],
  ]);
  expect(warnings).toEqual([]);
});

test('a flat clause without a full stop whose sentence wraps onto the next line is still one clause', () => {
  const wrapped = ['1. Members shall treat officers with courtesy and', 'Respect at all times.', '2. Officers shall serve all members equally.', '3. Members shall not instruct officers.'].join('\n');
  const { clauses } = parseProtocol(wrapped, 'x');
  expect(clauses[0]).toMatchObject({ ref: '1', text: 'Members shall treat officers with courtesy and Respect at all times.' });
});
