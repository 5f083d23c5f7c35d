import type { Subject } from './context';
import { onlyPersonNamed, peopleNamed } from './slots';

/**
 * Whom "she", "he" or "they" stands for, when the text before says so and nothing else could: "Can I ask the clerk to
 * print leaflets? Also who do I complain to if she says no?" — the one person named before is the Clerk. A turn that
 * names someone itself, or comes after text naming no one or several people ("can a councillor ask the clerk …"), is
 * left alone: which of them is meant would be a guess (follow22).
 */
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers|they|them|their)\b/;

/** The person a text's pronoun stands for, given the one person named before it (undefined when that is not plain). */
export function standsFor(text: string, namedBefore: Subject | undefined): Subject | undefined {
  if (!namedBefore) return undefined;
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return PERSON_PRONOUN.test(lower) && peopleNamed(lower).length === 0 ? namedBefore : undefined;
}

/**
 * A further question of one message ("… Also who do I complain to if she says no?"): the person its pronoun stands for,
 * from the text of the message before it.
 */
export function personBefore(message: string, question: string): Subject | undefined {
  const at = message.indexOf(question);
  if (at <= 0) return undefined;
  return standsFor(question, onlyPersonNamed(message.slice(0, at)));
}
