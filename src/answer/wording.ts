import type { Answer } from './select';

/** The line every channel leads with: the clause, then its own words. */
export const answerLine = (answer: Answer): string => `Under ${answer.ref}: ${answer.text.replace(/\s*\n\s*/g, ' ')}`;

/** Said instead of guessing when the relevant clauses hold no sentence that answers. */
export const NO_DIRECT_ANSWER =
  "These are the parts of {council}'s protocol that deal with this, but none of them answers your question directly. I can pass it to the {clerk}.";
