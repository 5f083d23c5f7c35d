/**
 * Everyday words that name, on their own, a topic a protocol names in its own words: a mileage claim is an expense, the
 * office shutting or a call at 11pm is about working hours. Read only where the intent model has said "out of scope" and
 * a council's own protocol may still have the rule (src/answer/coveredOutOfScope.ts): there such a word is met by a
 * sentence holding the protocol's word as fully as by its own, as a thing is by its kind ("a case of wine" and "gift or
 * hospitality", thingKinds.ts).
 *
 * Unlike synonyms.ts's table, whose entries paraphrase ("tell" → "inform") and count at half a word, each entry here is a
 * word that cannot be about anything but the topic it maps to when a sentence on that topic is present. Written from
 * general English (messy-round36), not from any council's text or evaluation question.
 */
const HOURS = 'hours';
const EXPENSES = 'expenses expense allowances';
const REPAIRS = 'repair repairs';

export const EVERYDAY_TOPIC_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  // When the office is open: its hours.
  shut: HOURS, shuts: HOURS, closes: HOURS, closing: HOURS, opens: HOURS, opening: HOURS,
  night: HOURS, midnight: HOURS, overnight: HOURS,
  // Water where it should not be: an emergency.
  flood: 'emergency', flooding: 'emergency', flooded: 'emergency', pouring: 'emergency', burst: 'emergency',
  // Ringing someone is contacting them by telephone.
  ring: 'telephone', rang: 'telephone', phone: 'telephone', phoned: 'telephone',
  // Entering a gift or an interest somewhere is registering it.
  record: 'register registered', recorded: 'register registered', log: 'register registered', logged: 'register registered',
  // Putting a broken thing right is repairing it; a price asked of suppliers is a quotation (intent64).
  fix: REPAIRS, fixed: REPAIRS, fixing: REPAIRS, mend: REPAIRS, mended: REPAIRS, mending: REPAIRS,
  quotes: 'quotation quotations',
  // What a councillor claims back: an expense.
  mileage: EXPENSES, fares: EXPENSES, fare: EXPENSES, petrol: EXPENSES, fuel: EXPENSES, receipts: EXPENSES, reimbursed: EXPENSES,
}));

/** Words for the office opening or shutting: with one of them, "what time" asks for its hours too. */
const OPENING = new Set(['shut', 'shuts', 'closes', 'closing', 'opens', 'opening']);
/** "Time" alone is not about hours ("what time is the meeting?"): only beside a word for opening or shutting. */
const TIME = new Set(['time', 'times']);

/** A clock time ("11pm", "7.30am", "6 am") says when, so it is about hours as "midnight" is. */
const CLOCK_TIME = /^\d{1,2}(?:[.:]\d{2})?(?:am|pm)$/;

/** The protocol's words for each of a message's words that names a topic, by the word (lower case) they are for. */
export function topicWordsFor(message: string): Map<string, string> {
  const found = new Map<string, string>();
  const words = message.toLowerCase().replace(/(\d)\s+(am|pm)\b/g, '$1$2').match(/[a-z0-9.:]+/g) ?? [];
  for (const raw of words) {
    const word = raw.replace(/[.:]+$/, '');
    const protocolWords = EVERYDAY_TOPIC_WORDS.get(word) ?? (CLOCK_TIME.test(word) || (TIME.has(word) && words.some((w) => OPENING.has(w))) ? HOURS : undefined);
    if (protocolWords) found.set(word, protocolWords);
  }
  return found;
}
