import { sharedViews } from './normalize';

/**
 * Words of one class share one feature (`k:<class>`), so that what an example's "sick leave"
 * teaches also reaches a message about "a fit note" or "chemo": people name illnesses, insults,
 * press outlets and kinds of personal data in words no example has, and a bag of words learns
 * each word only from the examples that use it.
 *
 * Each class is a list of words and short phrases, read through the same normaliser as messages
 * (so "addresses" and "address" are one entry, and a misspelling corrected there matches here).
 * Left out on purpose, because they mean something else in a council as often as not: "surgery"
 * (a ward surgery), "operation(s)", "paper(s)" (the agenda papers), "press" alone (pressing an
 * officer) and "the press" ("with the press and public excluded" is a closed session), "interview"
 * (a job interview), "abuse" (abuse of position), "breakdown" (of the
 * budget), "address" alone (addressing the meeting), "disabled" (disabled access to the hall),
 * "number" and "details" alone.
 */
export const WORD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  health: [
    'sick', 'sickness', 'sick note', 'fit note', 'ill', 'illness', 'unwell', 'poorly', 'hospital', 'hospitalised',
    'pregnant', 'pregnancy', 'maternity', 'miscarriage', 'doctor', 'gp', 'diagnosis', 'diagnosed', 'cancer', 'chemo',
    'chemotherapy', 'stroke', 'heart attack', 'heart condition', 'depression', 'depressed', 'anxiety', 'mental health',
    'medical', 'medication', 'antidepressants', 'injury', 'injured', 'disability', 'long covid', 'covid',
    'flu', 'migraine', 'diabetes', 'dementia', 'terminal', 'therapy', 'counselling', 'occupational health', 'convalescing',
  ],
  insult: [
    'rude', 'rudeness', 'insult', 'insulting', 'abusive', 'sarcastic', 'sarcasm', 'swore', 'swearing', 'swear',
    'shouted', 'shouting', 'yelled', 'screamed', 'idiot', 'moron', 'stupid', 'useless', 'pathetic', 'incompetent',
    'clueless', 'condescending', 'patronising', 'mocked', 'mocking', 'ridiculed', 'humiliated', 'humiliating', 'demeaning',
    'snide', 'sneered', 'nasty', 'vile', 'offensive', 'derogatory', 'disrespectful', 'bullying', 'bullied', 'heckled',
    'jibe', 'jibes', 'name calling', 'called me names', 'eye rolling', 'belittled', 'belittling',
  ],
  press: [
    'newspaper', 'local paper', 'press release', 'press officer', 'press enquiry', 'journalist', 'reporter',
    'radio', 'podcast', 'bbc', 'itv', 'tv', 'television', 'film crew', 'camera crew', 'magazine', 'gazette', 'chronicle',
    'herald', 'courier', 'news desk', 'broadcaster', 'blogger', 'vlogger', 'youtuber', 'youtube', 'tiktok',
    'editor', 'headline', 'the media',
  ],
  personalData: [
    'home address', 'email address', 'postal address', 'their address', 'his address', 'her address', 'names and addresses',
    'phone number', 'mobile number', 'telephone number', 'contact details', 'personal details', 'personal data',
    'personal information', 'date of birth', 'dates of birth', 'bank details', 'bank account', 'national insurance',
    'ni number', 'medical records', 'data protection', 'gdpr', 'payroll number', 'salary details', 'next of kin',
  ],
};

/** A phrase as the stems it reads as, by its first stem: the class's key and the rest. */
interface Phrase {
  readonly key: string;
  readonly stems: readonly string[];
}

let byFirstStem: Map<string, Phrase[]> | undefined;

/** Built on first use (the normaliser's stemmer must be ready), then kept. */
function phrasesByFirstStem(): Map<string, Phrase[]> {
  if (byFirstStem) return byFirstStem;
  const index = new Map<string, Phrase[]>();
  for (const [name, words] of Object.entries(WORD_CLASSES)) {
    const key = `k:${name}`;
    for (const words_ of words) {
      const stems = sharedViews(words_).wordStems;
      if (stems.length === 0) continue;
      const list = index.get(stems[0]) ?? [];
      // One class per phrase: the same phrase listed twice would count twice.
      if (!list.some((p) => p.key === key && p.stems.join(' ') === stems.join(' '))) list.push({ key, stems });
      index.set(stems[0], list);
    }
  }
  // Longest first, so "phone number" is tried before a shorter phrase with the same first stem.
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return (byFirstStem = index);
}

/**
 * The classes count only in a message that names a side (a councillor, an officer, the clerk, the
 * chair, a colleague: the normaliser's canonical stems). "Which local paper prints the planning
 * notices?" names a press word and no side: without this gate it read as media relations, carried
 * by the class alone, where it is a community question. With a side named, the class adds to a
 * topic the message is already about.
 */
const SIDES = new Set(['councillor', 'offic', 'clerk', 'chair', 'colleagu']);

/**
 * The class keys of a message's stems, in order of where they stand, one per match (a phrase's
 * stems are not matched again inside it); none if the message names no side.
 */
export function wordClassKeys(stems: readonly string[]): string[] {
  if (!stems.some((s) => SIDES.has(s))) return [];
  const index = phrasesByFirstStem();
  const keys: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const phrases = index.get(stems[i]);
    if (!phrases) continue;
    for (const phrase of phrases) {
      const n = phrase.stems.length;
      if (i + n > stems.length) continue;
      let same = true;
      for (let j = 1; j < n && same; j++) same = stems[i + j] === phrase.stems[j];
      if (!same) continue;
      keys.push(phrase.key);
      i += n - 1;
      break;
    }
  }
  return keys;
}
