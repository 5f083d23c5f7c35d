import { titleReading } from './titleReading';

/**
 * A message read with its council's own publication titles (src/protocols/publicationTitles.ts): a title the protocol
 * gives its newsletter or local paper is followed by "local newspaper", so "the Westerleigh Crier" reads as the press
 * without losing its own words (titleReading.ts).
 */
const PUBLICATIONS = titleReading({
  readAs: 'local newspaper',
  // Titles that already say what they are need nothing ("the Parish Newsletter").
  alreadySays: /\b(?:newsletters?|newspapers?|magazines?|papers?)\b/,
  ending: "'s",
});

/** The message with each publication title it names followed by "local newspaper"; unchanged when it names none. */
export const readPublicationTitles = (text: string, titles: readonly string[]): string => PUBLICATIONS.read(text, titles);

/** A part of the message `readPublicationTitles` read, as the asker typed it: the added words taken out again. */
export const withoutPublicationReading = (text: string, titles: readonly string[]): string => PUBLICATIONS.asTyped(text, titles);
