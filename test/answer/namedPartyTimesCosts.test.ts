import { questionType, typeCue } from '../../src/answer/questionType';
import { AnswerSelector } from '../../src/answer/select';
import { parseProtocol } from '../../src/protocols/parse';

/**
 * Answers round 61 (a town council protocol never seen, docs/answers-round61.md). Sentences my own.
 */
const text = [
  'Test Town Council',
  'Member/Officer Protocol',
  '2. Roles',
  '2.3 The Clerk advises the Council and manages all other staff.',
  '2.5 The Treasurer keeps the accounts. The RFO reports to the Clerk on daily matters but is answerable to the Audit Committee for the accounts.',
].join('\n');
const { clauses } = parseProtocol(text, 'testtown');
const candidates = clauses.map((clause) => ({ clause, prior: 1 }));

test('asked about a named post, a sentence whose subject is that kind of post is about that side', () => {
  const chosen = new AnswerSelector().choose(clauses, 'Who is the RFO answerable to for the accounts?', 'councillor', candidates);
  expect(chosen?.text).toContain('answerable to the Audit Committee');
});

test('a time of day or a span of the week answers "what time"; "office hours" alone does not', () => {
  expect(questionType('What time can I ring the office?')).toBe('when');
  expect(typeCue('when', 'Councillors should ring staff between 9.30am and 3pm.')).toBe(1);
  expect(typeCue('when', 'The office is staffed Monday to Thursday.')).toBe(1);
  expect(typeCue('when', 'Staff need not answer calls outside office hours.')).toBe(0);
});

test('a cost recharged or a claim refused is what happens', () => {
  expect(questionType('What happens if I hand my expenses in late?')).toBe('what_if');
  expect(typeCue('what_if', 'Late claims will not be paid.')).toBe(1);
  expect(typeCue('what_if', 'The cost of a replacement pass may be recharged to the member.')).toBe(1);
});
