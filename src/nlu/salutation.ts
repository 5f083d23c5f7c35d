import { OUT_OF_SCOPE } from './intents';
import type { ReadingRule } from './readingRules';
import { escapeRegExp } from './caseless';

/**
 * A message that is nothing but a greeting or a thank-you in words the examples lack ("howdy", "aye up",
 * "much obliged", "Salutations"). The classifier has seen each such word in one example or none, so its
 * out-of-scope prior wins, or the scope check stops the message first as unknown words; the reply is then
 * "that isn't in the protocol" to someone saying hello. English has a short, closed list of these
 * courtesies, so they are listed here rather than learnt. Only a WHOLE message of them is read so: "good
 * day at the allotment?" or "howdy partner, fancy a pint?" say something else and keep their reading.
 */
const GREETING_WORDS = [
  'hello', 'hullo', 'hallo', 'hi', 'hiya', 'hey', 'heya', 'howdy', 'yo', 'wotcha', 'watcha', 'ey up', 'ay up', 'aye up',
  'eyup', 'greetings', 'salutations', 'good day', "g'day", 'gday', 'good morning', 'good afternoon', 'good evening',
  'morning', 'afternoon', 'evening', 'top of the morning', 'how do', 'hello again', 'hi again',
];
const THANKS_WORDS = [
  'thanks', 'thank you', 'thankyou', 'thanx', 'thx', 'ta', 'ta muchly', 'cheers', 'much obliged', 'obliged', 'many thanks',
  'much appreciated', 'appreciated', 'most grateful', 'very grateful', 'grateful', 'thank you kindly', 'thanks kindly',
  'thanks a lot', 'thanks a bunch', 'thanks a million', 'thanks so much', 'thank you so much', 'thank you very much',
  'many thanks indeed', 'thanks very much', 'cheers mate', 'nice one', 'much obliged to you',
];
/** Whom a courtesy may be addressed to, after it ("morning all", "good day to you", "cheers folks"). */
const ADDRESSED_TO = ['all', 'everyone', 'everybody', 'folks', 'team', 'there', 'guys', 'to you', 'to you all', 'bot', 'again', 'indeed', 'you'];

const escaped = (phrases: string[]): string =>
  phrases
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');

const GREETING = new RegExp(`^(?:${escaped(GREETING_WORDS)})$`);
const THANKS = new RegExp(`^(?:${escaped(THANKS_WORDS)})$`);
/** One courtesy, then whom it is for. */
const COURTESY = `(?:${escaped(GREETING_WORDS.concat(THANKS_WORDS))})(?:\\s+(?:${escaped(ADDRESSED_TO)}))*`;
/** A message of one to three courtesies and nothing else. */
const ONLY_COURTESIES = new RegExp(`^(${COURTESY})(?:\\s+(${COURTESY}))?(?:\\s+(${COURTESY}))?$`);
const COURTESY_ALONE = new RegExp(`^(?:${escaped(GREETING_WORDS.concat(THANKS_WORDS))})`);

/** Longer than this, a message says more than a courtesy (and the regular expression is never tried). */
const MAX_LETTERS = 60;

/** The message's words: lower case, curly apostrophes straightened, punctuation and emoji read as spaces. */
function plainWords(message: string): string {
  return message
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * `thanks` when a message is nothing but courtesies and one of them thanks, `greeting` when they only
 * greet, otherwise undefined.
 */
export function courtesyOnly(message: string): 'greeting' | 'thanks' | undefined {
  if (message.length > MAX_LETTERS) return undefined;
  const words = plainWords(message);
  const match = ONLY_COURTESIES.exec(words);
  if (!match) return undefined;
  for (let i = 1; i < match.length; i++) {
    const courtesy = match[i];
    if (courtesy === undefined) continue;
    const head = COURTESY_ALONE.exec(courtesy)?.[0] ?? courtesy;
    // The longest courtesy at the start is the one the alternation took; a thank-you anywhere makes it thanks.
    if (THANKS.test(head) && !GREETING.test(head)) return 'thanks';
  }
  return 'greeting';
}

/**
 * A message of courtesies only, judged out of scope (by the classifier's prior or as unknown words), is
 * read as the greeting or thanks it is.
 */
export const COURTESY_RULE: ReadingRule = {
  name: 'courtesy_only',
  gate: ({ judged, hasIntent }) => judged.label === OUT_OF_SCOPE && hasIntent('greeting') && hasIntent('thanks'),
  matches: ({ text }) => courtesyOnly(text) !== undefined,
  decides: ({ text }) => ({ intent: courtesyOnly(text) ?? 'greeting' }),
};
