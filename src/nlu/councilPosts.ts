import { titleReading } from './titleReading';

/**
 * A message read with its council's own post titles (src/protocols/postTitles.ts): a title the protocol gives a staff
 * post is followed by "officer", as the words of KIND_OF_PERSON (normalize.ts) are, so "the Parish Steward" reads as
 * a member of staff without losing its own words (titleReading.ts).
 */
const POSTS = titleReading({
  readAs: 'officer',
  // Words that already read as a member of staff: a title holding one needs nothing added ("the Markets Officer").
  alreadySays:
    /\b(?:officers?|clerks?|staff|managers?|executives?|directors?|wardens?|rangers?|caretakers?|groundsm[ae]n|assistants?|administrators?|secretary|attendants?|supervisors?|receptionists?)\b/,
  ending: "'s|s",
  // A plural title ("the Foreshore Rangers") is also named one at a time.
  oneAtATime: (title) => title.replace(/([^s])s$/, '$1'),
});

/** The message with each of the council's post titles it names followed by "officer"; unchanged when it names none. */
export const readPostTitles = (text: string, titles: readonly string[]): string => POSTS.read(text, titles);

/** A part of the message `readPostTitles` read, as the asker typed it: the "officer" added after each title taken out again. */
export const withoutPostReading = (text: string, titles: readonly string[]): string => POSTS.asTyped(text, titles);
