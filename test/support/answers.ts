import { AnswerSelector, FEATURE_NAMES, ScoredSentence, sideAskedAbout } from '../../src/answer/select';
import { askingPart } from '../../src/answer/questionType';
import { parseProtocol } from '../../src/protocols/parse';

type Side = 'councillor' | 'officer';

/** The sentence the selector chooses from a one-clause protocol whose clause is `clauseText`. */
export function chooseInOneClause(clauseText: string, question: string, role: Side = 'councillor'): string | undefined {
  const { clauses } = parseProtocol(`1. Test\n\n1.1 ${clauseText}\n`, 'test');
  return new AnswerSelector().choose(clauses, question, role, [{ clause: clauses[0], prior: 1 }])?.text;
}

/** The side a question asks about, read from its asking part as the selector reads it. */
export function sideOf(question: string, role: Side): Side | undefined {
  return sideAskedAbout(question, askingPart(question), role);
}

/** The side-cue (role) feature of each sentence of a one-clause protocol, as the selector scores them for `question`. */
export function sideCuesInOneClause(clauseText: string, question: string, role: Side = 'councillor'): Record<string, number> {
  const { clauses } = parseProtocol(`1. Test\n\n1.1 ${clauseText}\n`, 'test');
  let rows: ScoredSentence[] = [];
  new AnswerSelector().choose(clauses, question, role, [{ clause: clauses[0], prior: 1 }], { onScored: (seen) => (rows = seen) });
  const feature = FEATURE_NAMES.indexOf('role');
  return Object.fromEntries(rows.map((row) => [row.text, row.features[feature]]));
}
