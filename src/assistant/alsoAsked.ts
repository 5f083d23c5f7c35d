import type { RememberedOffer } from '../conversation/offers';
import type { AlsoAnswered, Answer, Reply } from './reply';

/**
 * The words of a reply to a message that asks more than one thing, shared by every channel: a
 * further question the protocol covers is answered on its own line, after the first answer.
 */

/** "also, when are the bins collected?" (or "And separately, …") → "when are the bins collected", cut short if long. */
export const shortQuestion = (question: string): string => {
  const bare = question.replace(/^(?:(?:and also|and|also|plus|oh and|separately)[,:]?\s+)+/i, '').replace(/[?.!\s]+$/, '');
  return bare.length > 120 ? `${bare.slice(0, 117)}…` : bare;
};

/** Words that join on a further question of its own ("…? And who decides…", "Also, can I…", "Separately, …"). */
const JOINED_ON = /^(?:and|also|plus|oh and|separately|another thing|secondly|second question)\b/i;

/**
 * Whether a further question the engine judged apart asks something of its own, and so gets its own
 * answer: it is joined on as another question ("and…", "also…"), it opens the message, or it follows
 * questions only and names its own matter ("Who do I complain to about the caretaker? Can I see the
 * play area contract?"). A sentence after a story, or a short or pointing-back one after a question
 * ("Who decides if she passes it?", "Who do I ask?", "Is that allowed?"), asks the first question again
 * in other words, or a part of it; answering it apart as "You also asked" would answer a question
 * nobody asked. (twoq17 chose the first two on 16 design rows; twoq18 added the third on its own
 * design set, test/assistant/two-questions/, where a second question not joined on went 3/12 → 11/12
 * with the 12 repeats kept; see docs/understanding.md, "Two questions".)
 */
export function asksApart(question: string, message: string): boolean {
  const asked = question.trim();
  return JOINED_ON.test(asked) || message.trimStart().startsWith(asked) || (followsQuestionsOnly(asked, message) && hasWordsOfItsOwn(asked));
}

/** Words that point back to something said before ("Who deals with that?", "Can she refuse?"). */
const POINTS_BACK = /\b(?:that|this|it|its|they|them|those|these|there|such|so|she|he|her|him|his)\b/i;

/**
 * A question asked after questions only, no story before or between them ("Who do I complain to about
 * the caretaker? Can I see the play area contract?"): every sentence before it ends in a question mark,
 * as it does itself. After a story, a question asks about the story, so the first question again.
 */
function followsQuestionsOnly(question: string, message: string): boolean {
  const at = message.indexOf(question);
  if (at <= 0 || !question.endsWith('?')) return false;
  const before = message.slice(0, at).trim().split(/(?<=[.?!])\s+/).filter((sentence) => /[a-z]/i.test(sentence));
  return before.length > 0 && before.every((sentence) => sentence.endsWith('?'));
}

/** A question that names its own matter: six words or more ("Who do I talk to?" names nothing), none pointing back to the question before. */
const hasWordsOfItsOwn = (question: string): boolean => question.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length >= 6 && !POINTS_BACK.test(question);

/** The line's opening: which of the asker's questions the answer after it is for. */
export const alsoAskedLead = (question: string): string => `You also asked "${shortQuestion(question)}":`;

/** Said instead of guessing when the further question's clauses hold no sentence that answers it. */
export const ALSO_NO_DIRECT_ANSWER = "none of the parts of {council}'s protocol that deal with it answers it directly. I can pass it to the {clerk}.";
/** …and when its topic has no clause in this council's protocol. */
export const ALSO_NOTHING_MAPPED = "{council}'s protocol doesn't say anything specific about it. I can pass it to the {clerk}.";

/**
 * The answer whose sentence a quoted clause holds, for the channel to emphasise: the first
 * question's, or a further question's whose answering clause was already quoted for the first
 * (a further question's own clauses are quoted without the ones above).
 */
export function answerQuotedIn(reply: Pick<Reply, 'answer' | 'also'>, clause: { ref: string }): Answer | null {
  if (reply.answer?.ref === clause.ref) return reply.answer;
  for (const also of reply.also ?? []) if (also.answer?.ref === clause.ref) return also.answer;
  return null;
}

/**
 * The message without its further questions, for the first question's hand-off: a form's subject,
 * or whom a complaint is about, is read from what the first question asked, not from another
 * question's words ("…give me the minutes? and who do I complain to about the caretaker?"). A
 * question the engine read in spelling-corrected words is not found and stays.
 */
export function withoutFurtherQuestions(text: string, questions: readonly string[]): string {
  let rest = text;
  for (const question of questions) rest = rest.replace(question, ' ');
  return rest.replace(/\s+/g, ' ').trim();
}

/** The line a channel shows for a further question, in plain words: `You also asked "…": Under 4.1: …`. */
export const alsoAskedLine = (also: Pick<AlsoAnswered, 'lead' | 'summary'>): string => `${also.lead} ${also.summary}`;

/** How a reply names an answer's place in it: the first answer, the second ("You also asked")… */
const PLACE_WORDS = ['first', 'second', 'third', 'fourth', 'fifth'];
export const answerPlace = (question: number): string => PLACE_WORDS[question] ?? `number ${question + 1}`;

/** Each kind of form, named as the thing "which shall I open" offers. */
const FORM_NAMES: Record<RememberedOffer['kind'], string> = {
  document_request: 'the document request',
  complaint: 'the complaint form',
  question: 'the form to ask the {clerk}',
};

/**
 * The reply to a bare "yes" after a reply that offered a form for each of two questions: which to
 * open, each named by its place among the answers (as "the second one" picks it), its form and its
 * question, in plain words for every channel.
 */
export function whichOffer(offers: readonly Pick<RememberedOffer, 'kind' | 'question' | 'asked'>[], clerkTitle: string): string {
  const named = offers.map((offer) => `The ${answerPlace(offer.question)}: ${FORM_NAMES[offer.kind].replace('{clerk}', clerkTitle)}, for "${offer.asked ?? 'your question'}".`);
  const places = offers.map((offer) => `"the ${answerPlace(offer.question)}"`);
  return `Which shall I open? ${named.join(' ')} Say ${places.slice(0, -1).join(', ')} or ${places[places.length - 1]}.`;
}
