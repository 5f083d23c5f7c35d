import { factAsked, factCue } from '../../src/answer/questionType';
import { WEIGHTS } from '../../src/answer/select';
import { chooseInOneClause } from '../support/answers';

// The twenty-second answer round (branch answers25): a yes/no question of fact that says what it asks about (whom the
// protocol applies to, whom someone is employed by or answers to, what a post is responsible for) is answered by the
// sentence that states that kind of fact. Clause texts and questions are written for these tests, in my own words; none
// is taken from an evaluation set or from the design or check pairs.

describe('a yes/no question of fact', () => {
  const scope = 'The protocol applies to every member and to every member of staff.';
  const scopeClause = `Co-opted councillors sit on committees and vote just as elected councillors do. ${scope}`;
  const employer = 'Staff are employed by the Council as a whole.';
  const employerClause = `Day to day, my hours and leave are agreed with the vice-chair of the council. ${employer}`;

  test('about whom the protocol applies to, is answered by the sentence that says so', () => {
    expect(chooseInOneClause(scopeClause, 'I was co-opted in the summer. Does the protocol apply to co-opted councillors?')).toBe(scope);
  });

  test('about whom the asker works for, likewise, though the post it names is a councillor', () => {
    expect(chooseInOneClause(employerClause, 'Does the vice-chair employ me?', 'officer')).toBe(employer);
  });

  test('the cue is what decides it', () => {
    const saved = WEIGHTS.factAsked;
    WEIGHTS.factAsked = 0;
    try {
      expect(chooseInOneClause(scopeClause, 'I was co-opted in the summer. Does the protocol apply to co-opted councillors?')).not.toBe(scope);
      expect(chooseInOneClause(employerClause, 'Does the vice-chair employ me?', 'officer')).not.toBe(employer);
    } finally {
      WEIGHTS.factAsked = saved;
    }
  });
});

describe('a question of what a post is responsible for', () => {
  const duties = 'The cemetery and the hall bookings are in the charge of the parish staff, who are responsible for them.';
  const clause = `The parish staff are, through the Clerk, responsible to the Council for all their work. ${duties}`;

  test('is answered by its duties, not by whom it answers to', () => {
    expect(chooseInOneClause(clause, 'What are the parish staff responsible for?')).toBe(duties);
  });

  test('the cue is what decides it', () => {
    const saved = WEIGHTS.factAsked;
    WEIGHTS.factAsked = 0;
    try {
      expect(chooseInOneClause(clause, 'What are the parish staff responsible for?')).not.toBe(duties);
    } finally {
      WEIGHTS.factAsked = saved;
    }
  });
});

describe('what a question of fact asks about', () => {
  test.each([
    ['Does this protocol cover the casual staff at the hall?', 'scope'],
    ['Is this guide meant for agency workers too?', 'scope'],
    ['Am I employed by the mayor or by the council?', 'employer'],
    ['Am I answerable to the chair of the staffing committee?', 'employer'],
    ['Is the Clerk responsible for the council website?', 'duty'],
    // Says nothing of what kind of fact it asks.
    ['Is the Clerk the Proper Officer?', undefined],
    // "cover" of money, not of the protocol.
    ['Does the grant cover the caretaker overtime?', undefined],
  ])('%s', (question, expected) => {
    expect(factAsked(question)).toBe(expected);
  });

  test.each([
    ['scope', 'It applies to all members and to all employees, whether full-time or part-time.', 1],
    // A rule's own case is not the protocol's scope.
    ['scope', 'A grievance is raised with the Clerk (if it applies to another member of staff).', 0],
    ['employer', 'Employees are accountable to the Clerk and, through the Clerk, to the Council.', 1],
    // A bare "employer" says nothing of whom staff work for.
    ['employer', 'The Council is a small employer and its staff often meet councillors socially.', 0],
    ['duty', 'The Clerk is responsible for the day-to-day management of the staff.', 1],
  ] as const)('%s: %s', (kind, sentence, expected) => {
    expect(factCue(kind, sentence)).toBe(expected);
  });
});

describe('a fact sentence about something else', () => {
  test('about the other side does not answer a question about this one', () => {
    const other = 'Employees are accountable to the Clerk.';
    const own = 'Councillors should attend meetings of the council regularly.';
    expect(chooseInOneClause(`${own} ${other}`, 'Are councillors accountable to the county council?')).not.toBe(other);
  });
});
