import { escapeRegExp } from './caseless';

/**
 * A message read with its council's own publication titles (src/protocols/publicationTitles.ts): a title the protocol
 * gives its newsletter or local paper is followed by "local newspaper", so "the Westerleigh Crier" reads as the press
 * without losing its own words. Only the classifier reads this; clauses are still chosen on the message as typed.
 */

/** The word read after a title. */
const READ_AS = 'local newspaper';

/** Titles that already say what they are need nothing ("the Parish Newsletter"). */
const ALREADY_PRESS = /\b(?:newsletters?|newspapers?|magazines?|papers?)\b/;

const titlesToRead = (titles: readonly string[]): string[] => titles.filter((title) => !ALREADY_PRESS.test(title));

/** The message with each publication title it names followed by "local newspaper"; unchanged when it names none. */
export function readPublicationTitles(text: string, titles: readonly string[]): string {
  const wanted = titlesToRead(titles);
  if (wanted.length === 0) return text;
  const lower = text.toLowerCase();
  const named = wanted.filter((title) => lower.includes(title));
  if (named.length === 0) return text;
  // Longest first (the titles come so), in one pass, so "the Westerleigh Crier" is read once, not as "the Crier" too.
  const pattern = new RegExp(String.raw`\b(${named.map(escapeRegExp).join('|')})(?:'s)?\b(?! ${READ_AS}\b)`, 'gi');
  return text.replace(pattern, (match) => `${match} ${READ_AS}`);
}

/** A part of the message `readPublicationTitles` read, as the asker typed it: the added word taken out again. */
export function withoutPublicationReading(text: string, titles: readonly string[]): string {
  const wanted = titlesToRead(titles);
  if (wanted.length === 0) return text;
  return text.replace(new RegExp(String.raw`\b(${wanted.map(escapeRegExp).join('|')})((?:'s)?) ${READ_AS}\b`, 'gi'), '$1$2');
}
