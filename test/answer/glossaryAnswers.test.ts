import { AnswerSelector } from '../../src/answer/select';
import { parseProtocol } from '../../src/protocols/parse';

/**
 * A definition ('"Councillor" includes …') tells what a word means: it answers a question asking that, or whether someone
 * is within a word, never a question of who does what, however many of its words it shares (answers53: on a protocol
 * never seen, "What does the vice-chair do when the chair is away?" was answered with the definition of "Councillor").
 * Protocol text and questions my own.
 */
const TEXT = `1. Definitions
1.1 In this protocol "Councillor" includes a co-opted councillor and the Chairman and Vice-Chairman of the Council; "staff" means every person employed by the Council.
2. Meetings
2.1 The Chairman presides at meetings of the Council and represents it at civic events.
2.2 Staff prepare the agenda and papers for each meeting.
`;
const { clauses } = parseProtocol(TEXT, 'glossary-test');
const candidates = clauses.map((clause) => ({ clause, prior: 1 }));
const answer = (question: string) => new AnswerSelector().choose(clauses, question, 'councillor', candidates);

test('a question of who does what is not answered by a definition that shares its words', () => {
  const chosen = answer('What does the vice-chairman of the council do when the chairman is away?');
  expect(chosen?.ref).not.toBe('1.1');
  expect(chosen?.text ?? '').not.toMatch(/includes a co-opted councillor/);
});

test('a question asking what a word means, or whether someone is within it, is still answered by the definition', () => {
  expect(answer('What does "councillor" mean in this protocol?')?.text).toContain('includes a co-opted councillor');
  expect(answer('Does "councillor" include a co-opted councillor?')?.text).toContain('includes a co-opted councillor');
});
