import { AnswerSelector } from '../../src/answer/select';
import { parseProtocol } from '../../src/protocols/parse';

// answers34: "staff time" is a thing the council provides, not the staff side. Read as the staff side, a councillor's
// "can I get her to print my leaflets?" lost the rule on council resources to a sibling clause's grant (Ashcombe 8.1
// against 8.3, docs/uat-eleventh-session.md). Clause texts and the question are written for this test, in my own words.

const PROTOCOL = [
  '4. Premises and equipment',
  '',
  '4.1 Councillors may use the council office while it is open, by arrangement with the Clerk.',
  '4.2 Paper, printers and staff time are provided for council business only. They may not be used for private or election purposes.',
  '',
].join('\n');

test('a rule on "staff time" is not read as a rule for staff: it answers a councillor asking to use it', () => {
  const { clauses } = parseProtocol(PROTOCOL, 'test');
  const answer = new AnswerSelector().choose(clauses, 'can I ask the office to print leaflets for my campaign', 'councillor', [
    { clause: clauses[0], prior: 1 },
    { clause: clauses[1], prior: 1 },
  ]);
  expect(answer?.ref).toBe('4.2');
});
