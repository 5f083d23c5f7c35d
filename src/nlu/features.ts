import { canonicalWords, stem } from './normalize';

/**
 * Turns a message into sparse, named features for the intent classifier:
 * - word unigrams and bigrams of canonical, stemmed tokens (what the message is about),
 * - character 3–5-grams inside each canonical word (survives typos and unseen inflections),
 * - an optional role token, so the asker's role can shift the reading of the same words.
 */
export interface FeatureOptions {
  wordNgrams: number;
  charNgramMin: number;
  charNgramMax: number;
  /** Relative weight of the character block against the word block. */
  charWeight: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  wordNgrams: 2,
  charNgramMin: 3,
  charNgramMax: 5,
  charWeight: 0.6,
};

const POINTING = new Set(['about', 'against', 'to', 'by', 'from', 'with', 'toward', 'regard']);
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'my', 'one', 'of', 'some', 'that', 'thi', 'this', 'these', 'those', 'their', 'his', 'her', 'new', 'senior']);

export type FeatureCounts = Map<string, number>;

export function extractFeatures(text: string, role: string | undefined, options: FeatureOptions): { words: FeatureCounts; chars: FeatureCounts; role?: string } {
  const words: FeatureCounts = new Map();
  const chars: FeatureCounts = new Map();
  const words_ = canonicalWords(text);
  const stems = words_.flatMap((w) => w.split('-')).filter(Boolean).map(stem);

  const add = (map: FeatureCounts, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (let n = 1; n <= options.wordNgrams; n++) {
    for (let i = 0; i + n <= stems.length; i++) add(words, `w${n}:${stems.slice(i, i + n).join(' ')}`);
  }
  // Who a preposition points at ("complain about [the] clerk", "rude to [a] councillor"): the
  // direction that plain bags of words lose.
  for (let i = 0; i < stems.length; i++) {
    if (!POINTING.has(stems[i])) continue;
    let j = i + 1;
    while (j < stems.length && DETERMINERS.has(stems[j])) j++;
    if (j < stems.length) add(words, `p:${stems[i]}>${stems[j]}`);
  }
  for (const word of words_) {
    const padded = ` ${word} `;
    for (let n = options.charNgramMin; n <= options.charNgramMax; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(chars, `c:${padded.slice(i, i + n)}`);
    }
  }
  return { words, chars, role: role ? `role:${role}` : undefined };
}
