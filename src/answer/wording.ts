import type { Answer } from './select';

/** The line every channel leads with: the clause, then its own words. */
export const answerLine = (answer: Answer): string => `Under ${answer.ref}: ${answer.text.replace(/\s*\n\s*/g, ' ')}`;

/** Said instead of guessing when the relevant clauses hold no sentence that answers. */
export const NO_DIRECT_ANSWER =
  "These are the parts of {council}'s protocol that deal with this, but none of them answers your question directly. I can pass it to the {clerk}.";

/**
 * The clause text cut around the answer, for a channel to emphasise the answering sentence inside
 * its quote. Null when the clause is not the answer's (or no longer holds the sentence verbatim).
 */
export function splitAtAnswer(clause: { ref: string; text: string }, answer: Answer | null | undefined): { before: string; answer: string; after: string } | null {
  if (!answer || clause.ref !== answer.ref) return null;
  const at = clause.text.indexOf(answer.text);
  if (at < 0) return null;
  return { before: clause.text.slice(0, at), answer: answer.text, after: clause.text.slice(at + answer.text.length) };
}
