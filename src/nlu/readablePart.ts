/**
 * The most of a message the assistant reads: Slack's old cut, and more than any question with its story needs. A paste
 * longer than this (a whole email, a page of minutes) is read by its opening and its end, where the question usually is
 * ("…so my question is: can I see the report?"). Reading everything would cost time growing faster than the message
 * (many of the reading's patterns scan a long run of spaces or punctuation again from each character), and the server
 * answers one message at a time: 100,000 characters took seconds to minutes and held every other asker up.
 */
export const MAX_READ = 4_000;
const OPENING = 1_000;
const GAP = '\n…\n';

/** The part of a message the assistant reads: all of it when short, else its opening and its end, cut at spaces. */
export function readablePart(message: string): string {
  if (message.length <= MAX_READ) return message;
  const opening = atSpaceBefore(message.slice(0, OPENING));
  const end = atSpaceAfter(message.slice(message.length - (MAX_READ - OPENING - GAP.length)));
  return `${opening}${GAP}${end}`;
}

/** A text's opening without the word it cuts through, if a space comes in its last 40 characters. */
function atSpaceBefore(text: string): string {
  const space = text.lastIndexOf(' ');
  return space >= text.length - 40 && space > 0 ? text.slice(0, space) : text;
}

/** A text's end without the word it cuts through, if a space comes in its first 40 characters. */
function atSpaceAfter(text: string): string {
  const space = text.indexOf(' ');
  return space >= 0 && space < 40 ? text.slice(space + 1) : text;
}
