import { protocolWordsFor } from '../../src/answer/synonyms';
import { chooseInOneClause } from '../support/answers';

// answers38: a clock time in a story ("at 11pm", "6.30am") is staff's own time, as the twentieth round read "on a
// Saturday" and "in the evening". Clause texts and questions are my own wording, written for these tests.
describe('a clock time outside the working day', () => {
  const freeTime = "Members and staff should respect one another's free time.";
  const clause = "Staff aim to answer a councillor's enquiries promptly. However, staff should not be given unreasonable demands. " + freeTime;

  test('is answered with the rule on free time, not the rule beside it', () => {
    expect(chooseInOneClause(clause, 'A councillor texts me at 11pm. Do I have to reply?', 'officer')).toBe(freeTime);
    expect(chooseInOneClause(clause, 'is it ok to text the clerk at 10pm?')).toBe(freeTime);
    expect(chooseInOneClause(clause, 'Can I ring the groundsman at 6.30am about the pitch?')).toBe(freeTime);
  });

  test('times of the day the office works, and money, are not read as free time', () => {
    const words = (message: string) => protocolWordsFor(message).join(' ');
    expect(words('a councillor rang me at 10pm')).toContain('free');
    expect(words('a councillor rang me at 23:15')).toContain('free');
    expect(words('a councillor rang me after midnight')).toContain('free');
    expect(words('a councillor rang me at 2pm')).not.toContain('free');
    expect(words('a councillor rang me at 10.30am')).not.toContain('free');
    expect(words('the hall costs 7.50 an hour')).not.toContain('free');
  });
});
