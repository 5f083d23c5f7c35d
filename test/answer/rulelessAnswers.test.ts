import { chooseInOneClause } from '../support/answers';

// The fifteenth answer round (branch answers16): a "can I …?" question that the protocol does not answer is told so
// (with the clauses and the Clerk) rather than given a sentence that states no rule and shares only the topic word.
// Clause texts and questions are written for these tests, in my own words; none is taken from an evaluation set or from
// the design or check pairs.

const WARD_ROLE =
  'Each councillor speaks for the people of their ward and keeps in touch with local groups there. The council publishes its accounts every summer.';

describe('a "can I" question no rule of the protocol speaks to', () => {
  test('a description of the ward role is not the answer to "can I hold a drop-in in the library?"', () => {
    expect(chooseInOneClause(WARD_ROLE, 'Can I hold a drop-in for my ward at the library?')).toBeUndefined();
  });

  test('a rule that does speak to it still answers, however few words it shares', () => {
    const clause = `${WARD_ROLE} Councillors may book a council room for a ward drop-in through the Clerk.`;
    expect(chooseInOneClause(clause, 'Can I hold a drop-in for my ward at the library?')).toBe('Councillors may book a council room for a ward drop-in through the Clerk.');
  });

  test('a rule written with "will not" or as an instruction counts as a rule, however few words it shares', () => {
    const question = 'Can I tell the groundsman to mow the verges by the church this week?';
    const willNot = 'Councillors will not instruct employees of the council on their daily work. The grounds team works from the depot.';
    expect(chooseInOneClause(willNot, question)).toBe('Councillors will not instruct employees of the council on their daily work.');
    const instruction = 'Speak to the Clerk about employees and do not instruct them yourself. The grounds team works from the depot.';
    expect(chooseInOneClause(instruction, question)).toBe('Speak to the Clerk about employees and do not instruct them yourself.');
  });

  test('a sentence without a rule that shares most of the question still answers it', () => {
    const clause = 'Councillors chair the allotment committee in turn, a year each. The council publishes its accounts every summer.';
    expect(chooseInOneClause(clause, 'Can I chair the allotment committee?')).toBe('Councillors chair the allotment committee in turn, a year each.');
  });
});

// The sixteenth round (branch answers17): an instruction in the imperative ("…, talk to the Clerk") is a rule as
// "you should talk to the Clerk" is.
describe('an instruction to the reader in the imperative', () => {
  const question = 'Can I post on Facebook that the caretaker is lazy?';
  const other = 'The hall is let to local groups on weekday evenings.';

  test('"If …, talk to the Clerk in private" answers a "can I" question it shares few words with', () => {
    const rule = 'If you are unhappy with the work or manner of the caretaker, talk to the Clerk in private.';
    expect(chooseInOneClause(`${rule} ${other}`, question)).toBe(rule);
  });

  test('a description that merely mentions talking to someone is still no answer', () => {
    expect(chooseInOneClause(`The Clerk is who councillors talk to about the caretaker and the hall. ${other}`, question)).toBeUndefined();
  });
});
