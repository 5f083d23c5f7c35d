/** What buttons carry (a button value is at most 2000 characters). */
import type { OfferedAction, Reply } from '../../../assistant/reply';
import { ratedAnswers } from '../../../assistant/rating';
import type { ComplaintSubject } from '../../../queue/types';
import { LIMITS, truncate } from '../text';

/** What an offered-action button carries to the modal it opens. */
export interface OfferPayload {
  /** council id */
  c: string;
  /** subject */
  s?: string;
  /** complaint about */
  a?: ComplaintSubject;
  /** question */
  q?: string;
  /** the bot's answer */
  b?: string;
}

export function encodeOffer(council: string, prefill: OfferedAction['prefill']): string {
  const payload: OfferPayload = { c: council };
  if (prefill.subject) payload.s = prefill.subject;
  if (prefill.about) payload.a = prefill.about;
  if (prefill.question) payload.q = prefill.question;
  if (prefill.botAnswer) payload.b = prefill.botAnswer;
  // Shorten the longest free text first until it fits: the answer, then the question, then the subject.
  for (const key of ['b', 'q', 's'] as const) {
    while (JSON.stringify(payload).length > LIMITS.buttonValue && payload[key]) {
      const over = JSON.stringify(payload).length - LIMITS.buttonValue;
      const value = payload[key] as string;
      payload[key] = value.length - over - 1 > 20 ? truncate(value, value.length - over - 1) : undefined;
      if (payload[key] === undefined) delete payload[key];
    }
  }
  return JSON.stringify(payload);
}

/**
 * What a 👍/👎 button carries: council, intent, the cited clause refs, the hand-offs the answer offered (what 👎 may
 * point to) and, for a reply to more than one question, each further question's intent and clause refs (`a`).
 */
interface FeedbackPayload {
  c: string;
  i: string;
  r: string[];
  o: OfferedAction['kind'][];
  a?: { i: string; r: string[] }[];
}

export function encodeFeedback(reply: Reply): string {
  const [first, ...further] = ratedAnswers(reply);
  const payload: FeedbackPayload = { c: reply.council.id, i: first.intent, r: first.clauseRefs, o: reply.actions.map((a) => a.kind) };
  if (further.length > 0) payload.a = further.map((rated) => ({ i: rated.intent, r: rated.clauseRefs }));
  // Too long for a button: drop clause refs from the end, the further questions' before the first's.
  const lists = [...(payload.a ?? []).map((rated) => rated.r).reverse(), payload.r];
  while (JSON.stringify(payload).length > LIMITS.buttonValue && lists.some((refs) => refs.length > 0)) lists.find((refs) => refs.length > 0)!.pop();
  return JSON.stringify(payload);
}

