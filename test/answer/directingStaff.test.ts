import { asksWhetherMemberMayDirect, authorityCue } from '../../src/answer/questionType';
import { WEIGHTS } from '../../src/answer/select';
import { chooseInOneClause } from '../support/answers';

// The twenty-first answer round (branch answers21): a message asks whether a member may direct staff's work ("can a
// councillor tell me to …?", "do I have to do the chairman's jobs?"); the protocol answers with the line of authority,
// often with no modal ("Staff take their instructions from the Clerk, and from no individual councillor"). Clause
// texts and questions are written for these tests, in my own words; none is taken from an evaluation set or from the
// design or check pairs.

describe('a question about a member directing staff', () => {
  const authority = 'The office team take their instructions from the Clerk and from no individual councillor.';
  const clause =
    'Councillors should treat the office team with courtesy and avoid over-familiar behaviour. ' +
    'The office team support every councillor equally. ' +
    authority;

  test('is answered with the line of authority, not the courtesy rule beside it', () => {
    expect(chooseInOneClause(clause, 'Can a councillor tell me to stop my work and do his leaflets instead?', 'officer')).toBe(authority);
    expect(chooseInOneClause(clause, 'The vice-chair keeps giving me jobs. Do I have to take his instructions?', 'officer')).toBe(authority);
  });

  test('asked by a councillor about the staff, too', () => {
    expect(chooseInOneClause(clause, 'Can I tell the office team what to prioritise this week?')).toBe(authority);
  });

  test('a line of authority with no modal still counts as the rule that answers', () => {
    const rule = 'Staff answer to the Clerk, who sets their priorities.';
    expect(chooseInOneClause(`The Clerk is the Council's proper officer. ${rule}`, 'Can the mayor set my priorities for me?', 'officer')).toBe(rule);
  });

  test('the cue is what decides it', () => {
    const saved = WEIGHTS.authority;
    WEIGHTS.authority = 0;
    try {
      expect(chooseInOneClause(clause, 'Can a councillor tell me to stop my work and do his leaflets instead?', 'officer')).not.toBe(authority);
    } finally {
      WEIGHTS.authority = saved;
    }
  });
});

describe('which questions and sentences the reading takes', () => {
  test.each([
    ['Can the chairman order me to redo the minutes his way?', 'officer', true],
    ['Does a councillor get to decide what I work on?', 'officer', true],
    ['can I tell the caretaker to fix the gate first', 'councillor', true],
    // Asked who or how, it wants a post or a route, not whether.
    ['Who sets my priorities?', 'officer', false],
    ['How do I tell the clerk about a pothole?', 'councillor', false],
    // No one directs anyone.
    ['Can I tell a resident about the planning decision?', 'councillor', false],
  ])('%s (%s)', (question, role, expected) => {
    expect(asksWhetherMemberMayDirect(question, role)).toBe(expected);
  });

  test.each([
    ['Staff work to the instructions of the Clerk, not of individual members.', 1],
    ['Employees are answerable, through the Manager, to the Council as a whole.', 1],
    ['Requests for work should be made through the Clerk.', 1],
    // A member's accountability, a role, and letters are not the line of authority over staff.
    ['Councillors are accountable to the electorate.', 0],
    ["Officers carry out the Council's work under the direction of the Council.", 0],
    ['Letters that give instructions on behalf of the Council are signed by the Clerk.', 0],
  ])('%s', (sentence, expected) => {
    expect(authorityCue(sentence)).toBe(expected);
  });
});
