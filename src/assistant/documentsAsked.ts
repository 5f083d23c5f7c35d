import { withoutChatter } from '../nlu/chatter';
import { findQuestion } from '../nlu/question';

/**
 * What a chat message asks for, as a document request's "What documents…" field is prefilled from it (and the
 * subject made from that): the message's asking sentences without the small talk around them, so "hi, new cllr
 * here. can i ask the office to send me the planning papers…" prefills "can i ask the office to send me the
 * planning papers…", not the greeting and the introduction. The sentences that ask are found as the classifier
 * finds them (`findQuestion`: a message with no asking sentence is all question, pasted email left out); a message
 * that is nothing but small talk keeps its own words, so the field is never emptied of what was typed.
 */
export function documentsAskedIn(message: string): string {
  const asked: string[] = [];
  for (const sentence of findQuestion(message).asking) {
    // What small talk leaves at the start ("morning all - quick one, could I…" → ", could I…") goes with it.
    const own = withoutChatter(sentence).replace(/\s+/g, ' ').replace(/^[\s,.;:!\u2013\u2014-]+/, '').trim();
    if (/[\p{L}\p{N}]/u.test(own)) asked.push(own);
  }
  return asked.length > 0 ? asked.join(' ') : message.replace(/\s+/g, ' ').trim();
}
