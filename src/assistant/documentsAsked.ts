import { withoutChatter } from '../nlu/chatter';
import { findQuestion } from '../nlu/question';

/**
 * What a chat message asks for, as a document request's "What documents…" field is prefilled from it (and the
 * subject made from that): the message's asking sentences without the small talk around them, so "hi, new cllr
 * here. can i ask the office to send me the planning papers…" prefills "can i ask the office to send me the
 * planning papers…", not the greeting and the introduction. The sentences that ask are found as the classifier
 * finds them (`findQuestion`: a message with no asking sentence is all question, pasted email left out); a message
 * that is nothing but small talk keeps its own words, so the field is never emptied of what was typed.
 *
 * A quotation the asker typed in those sentences stays in them as typed (uat18): the classifier sets a long one
 * aside as someone else's words, and the prefill read "the clerk said — can she refuse to give me the minutes?"
 * for "the clerk said “that’s not for councillors” — can she refuse …". Each such quotation stands in the message
 * as one placeholder word while its asking sentences are found, and is put back in them afterwards.
 */
export function documentsAskedIn(message: string): string {
  const { text, quotations } = withQuotationsHeld(message);
  const asked: string[] = [];
  for (const sentence of findQuestion(text).asking) {
    // What small talk leaves at the start ("morning all - quick one, could I…" → ", could I…") goes with it.
    const own = putBack(withoutChatter(sentence), quotations).replace(/\s+/g, ' ').replace(/^[\s,.;:!\u2013\u2014-]+/, '').trim();
    if (/[\p{L}\p{N}]/u.test(own)) asked.push(own);
  }
  return asked.length > 0 ? asked.join(' ') : message.replace(/\s+/g, ' ').trim();
}

/** A passage in double quotation marks, straight or curly (as `findQuestion` finds the ones it sets aside). */
const QUOTATION = /["\u201c\u201d]([^"\u201c\u201d]{1,4000})["\u201c\u201d]/g;
/** What a held quotation stands as, in its place (no spaces added): letters and its number, nothing a sentence, a greeting or a question word reads. */
const placeholder = (n: number): string => `qqheldquotation${n}qq`;
const PLACEHOLDER = /qqheldquotation(\d+)qq/g;

/**
 * The message with each quotation the classifier would set aside (its `quoted`) held as a placeholder word. Short
 * quotations ("the “draft” budget") it reads as the asker's own words, and so are left as they are.
 */
function withQuotationsHeld(message: string): { text: string; quotations: string[] } {
  const quotations: string[] = [];
  if (!/["\u201c\u201d]/.test(message)) return { text: message, quotations };
  const setAside = new Set(findQuestion(message).quoted);
  const text = message.replace(QUOTATION, (whole: string, inner: string) => {
    if (!setAside.has(inner.trim())) return whole;
    quotations.push(whole);
    return placeholder(quotations.length - 1);
  });
  return { text, quotations };
}

/** A sentence with its held quotations back, as typed. */
function putBack(sentence: string, quotations: readonly string[]): string {
  return quotations.length === 0 ? sentence : sentence.replace(PLACEHOLDER, (_, n: string) => quotations[Number(n)]);
}
