import { escapeRegExp } from './caseless';

/**
 * A message read with its council's own post titles (src/protocols/postTitles.ts): a title the protocol gives a staff
 * post is followed by "officer", as the words of KIND_OF_PERSON (normalize.ts) are, so "the Parish Steward" reads as
 * a member of staff without losing its own words. Only the classifier reads this; clauses are still chosen on the
 * message as typed.
 */

/** Words that already read as a member of staff: a title holding one needs nothing added ("the Markets Officer"). */
const ALREADY_STAFF = /\b(?:officers?|clerks?|staff|managers?|executives?|directors?|wardens?|rangers?|caretakers?|groundsm[ae]n|assistants?|administrators?|secretary|attendants?|supervisors?|receptionists?)\b/;

/** The titles that need reading, each as one post: a plural title ("the Foreshore Rangers") is also named one at a time. */
const titlesToRead = (titles: readonly string[]): string[] =>
  titles.filter((title) => !ALREADY_STAFF.test(title)).map((title) => title.replace(/([^s])s$/, '$1'));

/** The message with each of the council's post titles it names followed by "officer"; unchanged when it names none. */
export function readPostTitles(text: string, titles: readonly string[]): string {
  const wanted = titlesToRead(titles);
  if (wanted.length === 0) return text;
  const lower = text.toLowerCase();
  const named = wanted.filter((title) => lower.includes(title));
  if (named.length === 0) return text;
  // Longest first (the titles come so), in one pass, so "Head of Paid Service" is read once, not as "Service" too.
  const pattern = new RegExp(String.raw`\b(${named.map(escapeRegExp).join('|')})(?:'s|s)?\b(?! officers?\b)`, 'gi');
  return text.replace(pattern, (match) => `${match} officer`);
}

/**
 * A part of the message `readPostTitles` read (a further question the reply quotes back) as the asker typed it: the
 * "officer" added after each title taken out again.
 */
export function withoutPostReading(text: string, titles: readonly string[]): string {
  const wanted = titlesToRead(titles);
  if (wanted.length === 0) return text;
  return text.replace(new RegExp(String.raw`\b(${wanted.map(escapeRegExp).join('|')})((?:'s|s)?) officer\b`, 'gi'), '$1$2');
}
