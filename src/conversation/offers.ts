import type { OfferedAction } from '../assistant/reply';
import type { TurnForm } from './turn';

/**
 * One form a reply offered to file, kept by the thread while it is open: a reply to two questions
 * offers one for each ("Request these documents" for the first, "Make a complaint" for the
 * second), and "yes", "the second one" or "the complaint one" takes one of them. Memory only, as
 * the offered question always was, and only for a reply to more than one question: `asked` and the
 * prefill hold the asker's words, never logged, gone with the offers. A reply to one question keeps
 * no words of it here: its offer is filled from the thread's slots and offered question, as before.
 */
export interface RememberedOffer {
  kind: 'document_request' | 'complaint' | 'question';
  /** Which of the message's questions it was offered for: 0 the first, 1 the second… */
  question: number;
  /** That question's topic. */
  intent: string;
  /** That question, short ("can I see the contract for the play area"): to name it, and to pick it by its words. */
  asked?: string;
  label: string;
  /** The form's prefill as the button carried it. */
  prefill?: OfferedAction['prefill'];
  /**
   * Open the form as the button offered it: the reply answered more than one question, and the
   * thread's slots, read from the whole message, are not this question's alone ("the minutes" of one
   * question must not make the other's complaint one about the Clerk). Otherwise the thread's slots fill it, as ever.
   */
  asOffered?: boolean;
}

/** What a turn does with the offers the last reply made: takes one (its index), asks which ("yes" to two), or neither. */
export type OfferTaken = number | 'which' | undefined;

/** A picked place: "the second one", "yes, the 2nd", "number 1", "option 2", "first". */
const ORDINAL =
  /^(?:(?:yes|yeah|yep|ok|okay|sure)[,.!]?\s+)?(?:please[,]?\s+)?(?:(?:the|number|no\.?|option)\s+)?(first|second|third|1st|2nd|3rd|[123])(?:\s+(?:one|question|offer|form))?(?:[\s,.!]+please)?[\s.!]*$/;
const PLACES: Record<string, number> = { first: 0, '1st': 0, '1': 0, second: 1, '2nd': 1, '2': 1, third: 2, '3rd': 2, '3': 2 };
/** A pick by name: "the documents one", "the caretaker one please". */
const NAMED_ONE = /\bthe ((?:[a-z']+\s+){0,3}?[a-z']+) one\b/;
/** A pick by what to do: "make the complaint", "request the documents", "ask the clerk about the contract one". */
const FILING = /^(?:(?:yes|yeah|yep|ok|okay|sure)[,.!]?\s+)?(?:please\s+)?(?:ask|request|file|make|lodge|send|open|start|pass|raise)\b/;
/** A question is never a pick ("can I complain about a councillor too?", "what about the clerk?"). */
const ASKS = /\?|^(?:(?:ok|okay|so|and|right),? )?(?:can|could|how|what|who|why|when|where|should|do|does|is|am|may|would|will)\b/;
/** Longer than this, a turn says something of its own. */
const PICK_WORDS = 10;
/** The words that name each kind of form. */
const KIND_WORDS: Record<RememberedOffer['kind'], RegExp> = {
  document_request: /^(?:documents?|papers?|minutes|records?|files?|request)$/,
  complaint: /^(?:complaint|complain|complaining)$/,
  question: /^(?:question|ask|clerk|query)$/,
};
/** Words that name nothing of a question ("the", "can", "about"). */
const FUNCTION_WORDS = new Set(['the', 'one', 'a', 'an', 'about', 'please', 'yes', 'ok', 'okay', 'for', 'me', 'my', 'i', 'to', 'of', 'on', 'in', 'it', 'that', 'this', 'and', 'can', 'could', 'who', 'what', 'do', 'make', 'file', 'send', 'open', 'start', 'pass', 'raise', 'lodge']);

/**
 * Which offer a turn takes. A pick by place counts the message's questions ("the second" is the second
 * question's, whether or not the first offered anything); a pick by name matches the form's kind
 * ("the documents one") or the question's own words ("the contract one"), and takes the one offer
 * that matches best. A bare "yes" takes the only offer, or asks which when there are more.
 */
export function offerTaken(text: string, form: Pick<TurnForm, 'accepts'>, offers: readonly RememberedOffer[]): OfferTaken {
  if (offers.length === 0) return undefined;
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim();
  const words = lower.split(/[^a-z0-9']+/).filter(Boolean);
  if (words.length > PICK_WORDS || ASKS.test(lower)) return undefined;
  const place = ORDINAL.exec(lower);
  if (place) {
    const at = offers.findIndex((offer) => offer.question === PLACES[place[1]]);
    return at >= 0 ? at : undefined;
  }
  const named = NAMED_ONE.exec(lower);
  if (named || FILING.test(lower)) {
    const picked = bestMatch(named && !FILING.test(lower) ? named[1].split(/\s+/) : words, offers);
    if (picked !== undefined) return picked;
  }
  if (!form.accepts) return undefined;
  return offers.length === 1 ? 0 : 'which';
}

/** The one offer whose kind or question the words name most, or none when no offer or more than one is named most. */
function bestMatch(words: string[], offers: readonly RememberedOffer[]): number | undefined {
  const own = words.filter((word) => !FUNCTION_WORDS.has(word));
  const scores = offers.map((offer) => {
    const asked = new Set((offer.asked ?? '').toLowerCase().split(/[^a-z0-9']+/));
    return own.filter((word) => KIND_WORDS[offer.kind].test(word) || (word.length >= 4 && asked.has(word))).length;
  });
  const best = Math.max(...scores);
  return best > 0 && scores.filter((score) => score === best).length === 1 ? scores.indexOf(best) : undefined;
}
