import type { AlsoAnswered, CitedClause } from '../../src/assistant/reply';

/** The further question's answering sentence in the two-question fixtures. */
export const PRINTING_ANSWER = 'Use of the photocopier is for Council business only.';

/** Clause 6.1 as a further question quotes it, its answering sentence (PRINTING_ANSWER) second. */
export const printingClause = (council: string): CitedClause => ({ council, ref: '6.1', heading: 'Resources', text: `The office is open on weekdays. ${PRINTING_ANSWER}`, score: 0.9 });

/** A further question ("can I print my leaflets at the office") answered from 6.1, quoting `clauses`. */
export function printingAsked(clauses: CitedClause[]): AlsoAnswered {
  return {
    question: 'can I print my leaflets at the office',
    intent: 'council_resources',
    lead: 'You also asked "can I print my leaflets at the office":',
    summary: `Under 6.1: ${PRINTING_ANSWER}`,
    answer: { ref: '6.1', text: PRINTING_ANSWER },
    clauses,
  };
}
