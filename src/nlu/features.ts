import { BoundedMemo, RecentMemo } from './memo';
import { sharedViews, TokenReading } from './normalize';
import { wordClassKeys } from './wordClasses';

/**
 * Turns a message into sparse, named features for the intent classifier:
 * - word unigrams and bigrams of canonical, stemmed tokens (what the message is about),
 * - character 3–5-grams inside each canonical word (survives typos and unseen inflections),
 * - word classes (src/nlu/wordClasses.ts): an illness, an insult, a press outlet or a kind of
 *   personal data named in the message, one feature per class, so what an example's "sick"
 *   teaches reaches "pregnant" too,
 * - an optional role token, so the asker's role can shift the reading of the same words.
 */
export interface FeatureOptions {
  wordNgrams: number;
  charNgramMin: number;
  charNgramMax: number;
  /** Relative weight of the character block against the word block. */
  charWeight: number;
  /**
   * Weight of the asker's role token against the word block: the same words ("how do I
   * complain?") mean different intents by role. Chosen by cross-validation (`eval --cv`).
   * Absent in models saved before it existed, which read it as 1.
   */
  roleWeight?: number;
  /**
   * Weight of the word-class block against the word block; absent or 0, no word-class features
   * (the classifier's defaults and models saved before it existed).
   */
  wordClassWeight?: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  wordNgrams: 2,
  charNgramMin: 3,
  charNgramMax: 5,
  charWeight: 0.6,
  roleWeight: 2,
};

const POINTING = new Set(['about', 'against', 'to', 'by', 'from', 'with', 'toward', 'regard']);
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'my', 'one', 'of', 'some', 'that', 'thi', 'this', 'these', 'those', 'their', 'his', 'her', 'new', 'senior']);
/**
 * Words between a preposition and the person it points at that say how, not who ("a complaint
 * about how a cllr treated…", "unhappy with the way the clerk…", "about the behaviour of…"):
 * passed over like determiners, so the pair names the person.
 */
const MANNER = new Set(['how', 'wai', 'behavior', 'conduct', 'treatment', 'attitud', 'manner', 'tone']);

export type FeatureCounts = Map<string, number>;

/**
 * A message split into what its features are made of: the stems (word n-grams), the pairs a
 * preposition points between, and the canonical words whose character n-grams form the
 * character block. The classifier's hot path looks these up without building key strings.
 */
export interface FeatureParts {
  readonly stems: readonly string[];
  readonly pointing: readonly (readonly [string, string])[];
  /** The same pairs by position in `stems`: from, to, from, to, … */
  readonly pointingAt: readonly number[];
  /** The tokens' readings: their canonical words, in order, make the character block; their word stems, in order, are `stems`. */
  readonly tokens: readonly TokenReading[];
  /** The word classes the stems name (`k:health`, …), one per mention, in order. */
  readonly classes: readonly string[];
  readonly role?: string;
}

export function featureParts(text: string, role: string | undefined, options: FeatureOptions): FeatureParts {
  const { stems, pointing, pointingAt, tokens, classes } = recentParts.get(text, textParts);
  return { stems, pointing, pointingAt, tokens, classes: options.wordClassWeight ? classes : NO_CLASSES, role: role ? roleKey(role) : undefined };
}

const NO_CLASSES: readonly string[] = [];

/** The role's feature key, the same string each time (a handful of roles). */
const roleKeys = new BoundedMemo<string, string>(64);
const roleKey = (role: string): string => roleKeys.get(role, (r) => `role:${r}`);

/**
 * A message's parts are the same whoever asks, and one message is classified more than once (its
 * question and its whole text, each question of several): kept for the last few texts, shared
 * read-only by the vectoriser.
 */
const recentParts = new RecentMemo<Omit<FeatureParts, 'role'>>(32);

function textParts(text: string): Omit<FeatureParts, 'role'> {
  const { wordStems: stems, readings } = sharedViews(text);
  // Who a preposition points at ("complain about [the] clerk", "rude to [a] councillor"): the
  // direction that plain bags of words lose.
  const pointing: [string, string][] = [];
  const pointingAt: number[] = [];
  for (let i = 0; i < stems.length; i++) {
    if (!POINTING.has(stems[i])) continue;
    let j = i + 1;
    while (j < stems.length && (DETERMINERS.has(stems[j]) || MANNER.has(stems[j]))) j++;
    if (j < stems.length) {
      pointing.push([stems[i], stems[j]]);
      pointingAt.push(i, j);
    }
  }
  return { stems, pointing, pointingAt, tokens: readings, classes: wordClassKeys(stems) };
}

/** The word block's keys in order (repeats kept): word 1…n-grams (`w1:`, `w2:` …), then pointing pairs (`p:`). */
export function wordKeys(parts: FeatureParts, options: FeatureOptions): string[] {
  const { stems } = parts;
  const keys: string[] = [];
  for (let n = 1; n <= options.wordNgrams; n++) {
    for (let i = 0; i + n <= stems.length; i++) {
      let gram = stems[i];
      for (let j = i + 1; j < i + n; j++) gram += ` ${stems[j]}`;
      keys.push(`w${n}:${gram}`);
    }
  }
  for (const [from, to] of parts.pointing) keys.push(`p:${from}>${to}`);
  return keys;
}

/** The character n-gram keys of one canonical word, in order, repeats kept. */
export function charNgramKeys(word: string, options: FeatureOptions): string[] {
  const padded = ` ${word} `;
  const keys: string[] = [];
  for (let n = options.charNgramMin; n <= options.charNgramMax; n++) {
    for (let i = 0; i + n <= padded.length; i++) keys.push(`c:${padded.slice(i, i + n)}`);
  }
  return keys;
}

/** The word, character and word-class blocks as counts per key, in first-occurrence order. */
export function countFeatures(parts: FeatureParts, options: FeatureOptions): { words: FeatureCounts; chars: FeatureCounts; classes: FeatureCounts; role?: string } {
  const words: FeatureCounts = new Map();
  const chars: FeatureCounts = new Map();
  const classes: FeatureCounts = new Map();
  for (const key of wordKeys(parts, options)) words.set(key, (words.get(key) ?? 0) + 1);
  for (const token of parts.tokens) for (const word of token.words) for (const key of charNgramKeys(word, options)) chars.set(key, (chars.get(key) ?? 0) + 1);
  for (const key of parts.classes) classes.set(key, (classes.get(key) ?? 0) + 1);
  return { words, chars, classes, role: parts.role };
}
