import { chooseInOneClause } from '../support/answers';

// The twentieth answer round (branch answers20): a message names a day or a time ("on a Saturday", "in the evening",
// "on my day off"); a protocol names the same thing as staff's "free (non-Council) time" or "office hours". Clause
// texts and questions are written for these tests, in my own words; none is taken from an evaluation set or from the
// design or check pairs.

describe('contacting staff out of hours', () => {
  const freeTime = 'Members and staff should respect one another\'s free time.';
  const clause =
    'Staff aim to answer a councillor\'s enquiries promptly. However, staff should not be given unreasonable demands. ' +
    freeTime;

  test('a weekend question is answered with the rule on free time, not the rule it sits beside', () => {
    expect(chooseInOneClause(clause, 'Can I email the assistant clerk on a Saturday?')).toBe(freeTime);
  });

  test('so is a question about an evening or a day off, asked from either side', () => {
    expect(chooseInOneClause(clause, 'is it ok to text the clerk in the evening?')).toBe(freeTime);
    expect(chooseInOneClause(clause, 'A councillor phoned me on my day off. Do I have to pick up?', 'officer')).toBe(freeTime);
  });

  test('"office hours" in the protocol meets "on Sunday" in the message', () => {
    const hours = 'Councillors should phone staff only during office hours.';
    const other = 'Councillors should use the staff\'s work numbers and email addresses, not personal ones.';
    expect(chooseInOneClause(`${other} ${hours}`, 'Can I ring the groundsman on Sunday about the pitch?')).toBe(hours);
  });
});
