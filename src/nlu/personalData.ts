import type { ReadingRule } from './readingRules';
import { weakOrUnevidencedReading } from './scope';

/**
 * Someone in the council asking for other people's personal data: "Cllr Moss wants the names of everyone who
 * objected. Do I hand them over?", "member wants staff home addresses", "Could the office send me the phone
 * numbers of everyone on the waiting list?". What is asked is whether personal information may be disclosed
 * (confidential_information), but the words are those of a document request (wants, a copy, hand over, send)
 * or of directing staff, so the classifier reads document access, correspondence or instructing officers,
 * weakly, and a story told in names and places no example holds falls to its out-of-scope prior
 * (docs/messy-round19.md).
 *
 * So the engine reads confidential information (answered as unsure, with the Clerk offered) when the message
 * names personal data that is not the asker's own, asks for it or asks whether to pass it on, and a member or
 * the council's office is in it, and the classifier's reading is weak or out of scope for want of evidence.
 * A resident's own errand ("my neighbour wants the phone number of the man who fixed my fence") names no one
 * of the council; "my home address" is the asker's own; the clerk's or the office's phone number is a fact
 * about an officer (out of scope by the intents' own descriptions), so a plain contact detail counts only
 * when it is of other people (residents, objectors, parents, tenants, everyone on a list).
 */

/**
 * Data about a person that is private whoever holds it: a home address, a date of birth, bank details. Not staff
 * records (a personnel file, sickness records): whether a member may see those is read as document access, a
 * councillor's need to know, and the classifier reads them so (docs/messy-round19.md).
 */
const SENSITIVE = new RegExp(
  String.raw`(?<!\b(?:my|our)\s)\b(?:home (?:address(?:es)?|postcodes?|phone numbers?|numbers?)|personal (?:details|data|information|mobile(?: numbers?)?|emails?|email address(?:es)?)|dates? of birth|bank (?:details|account(?: details)?)|next of kin(?: details)?|national insurance(?: numbers?)?)\b`,
  'i',
);

/** Contact details and names: private when they are of other people (`PEOPLE`), a matter of record when of an office. */
const CONTACT = new RegExp(
  String.raw`(?<!\b(?:my|our)\s)\b(?:names?(?: and (?:addresses|emails|numbers|all|details))?|names please|(?:email |postal )?addresses|postcodes|(?:phone|mobile|telephone) numbers?|numbers|emails|email addresses|contact details|details)\b`,
  'i',
);

/** Other people, not the office: the public, people on a list, people who did something the council heard of. */
const PEOPLE = new RegExp(
  String.raw`\b(?:residents?|people|everyone|everybody|objectors?|complainants?|neighbours?|parents?|tenants?|volunteers?|holders?|families|members of the public|petitioners?|lady|man|woman|bookers?|applicants?|treasurer|register|waiting list|who (?:objected|complained|reported|signed|booked|applied|wrote))\b`,
  'i',
);

/** Asked for, or asked whether to pass on: the question of disclosure. */
const REQUEST = new RegExp(
  String.raw`\b(?:wants?|wanting|wanted|asked|asking|asks|after|request(?:s|ed|ing)?|give|giving|hand(?:ed|ing)?|pass(?:ed|ing)?|share|sharing|send|sending|forward|let (?:him|her|them) have|tell (?:him|her|them)|disclose|release|provide|get|see)\b`,
  'i',
);

/** Someone of the council in the message: a member, or the office that holds the data. */
const COUNCIL_PERSON = /\b(?:cllrs?|councillors?|members?|chair(?:man|woman|person)?|vice[- ]?chair|mayor|leader|clerk|office|council|staff)\b/i;

/** Below this, a topic reading of a request for others' personal data gives way to confidential information. */
export const PERSONAL_DATA_OVERRULES_BELOW = 0.7;

const CONFIDENTIAL = 'confidential_information';
/**
 * Readings the rule leaves alone: confidential information itself, and staff's personal matters, whose
 * description holds colleagues' personal matters and whether they may be shared with councillors ("Should I give
 * a councillor the home addresses of my colleagues?" is read so, and a test of the thread pins it).
 */
const KEEPS_ITS_READING: ReadonlySet<string> = new Set([CONFIDENTIAL, 'staff_personal_matters']);

/** Whether the message asks for, or whether to pass on, personal data of people other than the asker (see above). */
export function asksForOthersPersonalData(text: string): boolean {
  if (!COUNCIL_PERSON.test(text) || !REQUEST.test(text)) return false;
  return SENSITIVE.test(text) || (CONTACT.test(text) && PEOPLE.test(text));
}

/**
 * A request for other people's personal data read weakly as another topic (a document request, a letter, a
 * member directing staff) or out of scope for want of evidence: confidential information, answered as unsure
 * with the Clerk offered (engine.ts, readingRules.ts).
 */
export const PERSONAL_DATA_RULE: ReadingRule = {
  name: 'personal_data',
  gate: ({ judged, hasIntent }) =>
    weakOrUnevidencedReading(judged, (label) => KEEPS_ITS_READING.has(label), PERSONAL_DATA_OVERRULES_BELOW) && hasIntent(CONFIDENTIAL),
  matches: ({ text }) => asksForOthersPersonalData(text),
  decides: () => ({ intent: CONFIDENTIAL }),
};
